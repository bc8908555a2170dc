package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a revocation did: revoking a revoked key changes nothing and says so. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ApiKeyRevocation")
record ApiKeyRevocationResponse(
        @Schema(type = "string", allowableValues = {"revoked", "already_revoked"}) String status, ApiKeyResponse key) {
}

package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tiergate.domain.apikey.ApiKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** An API key as lists show it: never its secret or hash. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ApiKey")
record ApiKeyResponse(
        @Schema(example = "Ab3dE5gH") String id,
        String name,
        @Schema(type = "string", allowableValues = {"read", "write", "admin"}) String scope,
        String createdAt,
        @Nullable String expiresAt,
        @Nullable String revokedAt) {

    static ApiKeyResponse of(ApiKey key) {
        return new ApiKeyResponse(key.id().value(), key.name(), key.scope().label(), key.created().toString(),
                key.expires().map(Instant::toString).orElse(null), key.revoked().map(Instant::toString).orElse(null));
    }
}

package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

/** What an award or revocation did: a repeated one changes nothing and says so. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "BadgeAward")
record BadgeAwardResponse(
        @Schema(type = "string", allowableValues = {"awarded", "already_held", "revoked", "not_held"}) String status,
        String userId, BadgeResponse badge) {
}

package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tiergate.application.port.in.badge.MemberBadge;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A badge a member holds, with its award: when, by whom ({@code api-key:<id>}, a user id or
 * {@code rule:<name>}) and why.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MemberBadge")
record MemberBadgeResponse(BadgeResponse badge, String awardedAt,
        @Schema(example = "api-key:Ab3dE5gH") String awardedBy, String reason) {

    static MemberBadgeResponse of(MemberBadge held) {
        return new MemberBadgeResponse(BadgeResponse.of(held.badge()), held.award().awardedAt().toString(),
                held.award().awardedBy().recorded(), held.award().reason());
    }
}

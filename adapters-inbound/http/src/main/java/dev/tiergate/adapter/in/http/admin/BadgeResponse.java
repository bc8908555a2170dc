package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tiergate.domain.badge.Badge;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;

/** One badge of a catalog; only contribution badges are awarded, changed or removed by hand. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Badge")
record BadgeResponse(
        @Schema(example = "water-sharer") String id,
        String name,
        String emoji,
        @Schema(type = "string", allowableValues = {"tenure", "engagement", "achievement", "contribution"}) String category,
        String description,
        boolean awardableByHand) {

    static BadgeResponse of(Badge badge) {
        return new BadgeResponse(badge.id().value(), badge.name(), badge.emoji(),
                badge.category().name().toLowerCase(Locale.ROOT), badge.description(), badge.isAwardableByHand());
    }
}

package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityConfig;
import dev.tiergate.domain.profile.Score;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A community and its rules as the admin API shows them; the same names are the fields a PATCH
 * sets. Scores are exact decimal strings, the grace an ISO-8601 duration, instants ISO-8601.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Community")
record CommunityResponse(
        @Schema(description = "The guild's snowflake", example = "123456789012345678") String guildId,
        String name,
        @Schema(description = "Whether the bot is in the guild") boolean active,
        int naibSeats,
        int fedaykinCutoff,
        int atRiskWindow,
        int waitlistSize,
        @Schema(description = "ISO-8601 duration, at most 30 days", example = "PT24H") String demotionGrace,
        @Schema(description = "Minimum score of each score-based tier, as exact decimal strings")
        Map<String, String> tierLadder,
        @Schema(description = "Discord role id of each tier that grants one") Map<String, String> tierRoles,
        List<String> adminRoles,
        @Nullable @Schema(description = "Launch date the og badge counts from") String launchedAt,
        ActivityRulesResponse activityRules) {

    /** Which channels earn activity; none listed means every channel. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ActivityRules")
    record ActivityRulesResponse(List<String> trackedChannels) {
    }

    static CommunityResponse of(Community community) {
        CommunityConfig config = community.config();
        return new CommunityResponse(community.id().value(), community.name(), community.active(),
                config.naibCouncil().seats(), config.rankBands().fedaykinCutoff(), config.rankBands().atRiskWindow(),
                config.rankBands().waitlistSize(), config.demotionGrace().toString(),
                TierNames.byName(config.tierLadder().minimumScores(), Score::toPlainString),
                TierNames.byName(config.tierRoleIds(), role -> role),
                config.adminRoleIds().stream().sorted().toList(),
                config.launchedAt().map(Object::toString).orElse(null),
                new ActivityRulesResponse(config.activityRules().trackedChannelIds().stream().sorted().toList()));
    }
}

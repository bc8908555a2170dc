package dev.tiergate.adapter.in.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tiergate.application.port.in.communitystats.CommunityStatsView;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** A community's figures, as /admin-stats shows them; "this week" is the seven days before now. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "CommunityStats")
record CommunityStatsResponse(int members, int ranked,
        @Schema(description = "Present members per tier, every tier listed") Map<String, Integer> tierDistribution,
        int activeThisWeek, int newThisWeek, int promotionsThisWeek, int badgesAwardedThisWeek,
        List<ActiveMember> mostActive) {

    /** A member by nym (never a wallet or a user id) and its activity balance now, in whole points. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ActiveMember")
    record ActiveMember(String nym, long points) {
    }

    static CommunityStatsResponse of(CommunityStatsView view) {
        return new CommunityStatsResponse(view.members(), view.ranked(),
                TierNames.byName(view.tierDistribution(), count -> count), view.activeThisWeek(), view.newThisWeek(),
                view.promotionsThisWeek(), view.badgesAwardedThisWeek(),
                view.mostActive().stream().map(active -> new ActiveMember(active.nym().value(), active.points()))
                        .toList());
    }
}

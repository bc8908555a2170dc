package dev.tiergate.application.service.communitystats;

import dev.tiergate.application.port.in.communitystats.CommunityStatsQuery;
import dev.tiergate.application.port.in.communitystats.CommunityStatsView;
import dev.tiergate.application.port.in.communitystats.ShowCommunityStatsUseCase;
import dev.tiergate.application.port.out.communitystats.CommunityCounts;
import dev.tiergate.application.port.out.communitystats.LoadCommunityStatsPort;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Tier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Gathers /admin-stats; "this week" is the seven days before now, and activity is decayed to now. */
public final class ShowCommunityStatsService implements ShowCommunityStatsUseCase {

    static final Duration WEEK = Duration.ofDays(7);

    private final LoadCommunityStatsPort stats;
    private final Clock clock;

    public ShowCommunityStatsService(LoadCommunityStatsPort stats, Clock clock) {
        this.stats = stats;
        this.clock = clock;
    }

    @Override
    public CommunityStatsView showCommunityStats(CommunityStatsQuery query) {
        Instant now = clock.instant();
        CommunityCounts counts = stats.countSince(query.communityId(), now.minus(WEEK));
        Map<Tier, Integer> distribution = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            distribution.put(tier, counts.tiers().getOrDefault(tier, 0));
        }
        List<CommunityStatsView.ActiveEntry> active = stats
                .mostActive(query.communityId(), new PageLimit(CommunityStatsView.MOST_ACTIVE)).stream()
                .map(m -> new CommunityStatsView.ActiveEntry(m.nym(), Math.round(m.balance().decayedTo(now).points())))
                .toList();
        return new CommunityStatsView(counts.members(), counts.ranked(), distribution, counts.activeSince(),
                counts.joinedSince(), counts.promotionsSince(), counts.badgesAwardedSince(), active);
    }
}

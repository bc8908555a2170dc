package dev.tiergate.application.service.stats;

import dev.tiergate.application.port.in.stats.ShowStatsQuery;
import dev.tiergate.application.port.in.stats.ShowStatsUseCase;
import dev.tiergate.application.port.in.stats.StatsView;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.stats.LoadMemberStatsPort;
import dev.tiergate.application.port.out.stats.MemberStats;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Tenure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** Shows a member its own figures: the rank from the one ranking, the activity balance decayed to now. */
public final class ShowStatsService implements ShowStatsUseCase {

    private final CommunityRules rules;
    private final LoadProfilesPort profiles;
    private final LoadRankingPort ranking;
    private final LoadMemberStatsPort stats;
    private final Clock clock;

    public ShowStatsService(CommunityRules rules, LoadProfilesPort profiles, LoadRankingPort ranking,
            LoadMemberStatsPort stats, Clock clock) {
        this.rules = rules;
        this.profiles = profiles;
        this.ranking = ranking;
        this.stats = stats;
        this.clock = clock;
    }

    @Override
    public StatsView showStats(ShowStatsQuery query) {
        Optional<MemberProfile> profile = profiles.findProfile(query.communityId(), query.member());
        if (profile.isEmpty()) {
            return new StatsView.NotFound();
        }
        Instant now = clock.instant();
        Community community = rules.of(query.communityId());
        MemberProfile p = profile.get();
        MemberStats figures = stats.findMemberStats(community.id(), p.userId(), now)
                .orElseGet(() -> new MemberStats(0, Optional.empty(), Duration.ZERO, 0));
        OptionalInt rank = ranking.findRanked(community.id(), p.userId())
                .map(r -> OptionalInt.of(r.rank())).orElse(OptionalInt.empty());
        double activity = figures.activity().map(balance -> balance.decayedTo(now).points()).orElse(0.0);
        return new StatsView.Found(p.nym(), rank, p.tier(), p.score(), figures.badgeCount(), activity,
                Tenure.of(p.joinedAt(), community.config().launchedAt(), now), p.joinedAt(),
                figures.naibSeatedTime(), figures.tierChanges());
    }
}

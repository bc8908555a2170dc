package dev.tiergate.application.port.out.leaderboard;

import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankKey;
import dev.tiergate.domain.tier.Tier;
import java.time.Instant;
import java.util.OptionalInt;

/** A present member as the leaderboards read it: its sort keys, tier, held badges and rank (empty when unranked). */
public record LeaderboardMember(UserId userId, Nym nym, Score score, Instant joinedAt, Tier tier, int badgeCount,
        OptionalInt rank) {

    public RankKey rankKey() {
        return new RankKey(score, joinedAt, userId);
    }
}

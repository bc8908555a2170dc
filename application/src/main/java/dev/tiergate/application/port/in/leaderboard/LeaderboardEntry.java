package dev.tiergate.application.port.in.leaderboard;

import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.tier.Tier;
import java.math.BigInteger;
import java.util.Optional;

/**
 * One public line of a leaderboard: place, nym, tier, score rounded to a whole number, held badges,
 * and on the tier leaderboard the next tier with the whole points still needed. {@code viewer} marks
 * the asking member's own line.
 */
public record LeaderboardEntry(int place, Nym nym, Tier tier, BigInteger roundedScore, int badgeCount,
        Optional<NextTier> nextTier, boolean viewer) {

    public LeaderboardEntry {
        if (place < 1) {
            throw new IllegalArgumentException("places start at 1");
        }
    }

    /** The tier a member is closest to and the whole points it still needs. */
    public record NextTier(Tier tier, BigInteger pointsNeeded) {
    }
}

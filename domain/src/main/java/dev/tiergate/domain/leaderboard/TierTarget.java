package dev.tiergate.domain.leaderboard;

import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.tier.TierLadder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A score-based tier whose next tier up is score-based too, with that next tier's minimum: the
 * tier progression leaderboard lists the members of {@code tier} by their distance to it. Within
 * one tier the distance falls as the score rises, so the rank order of a tier is its distance order.
 */
public record TierTarget(Tier tier, Tier nextTier, Score nextMinimum) {

    public TierTarget {
        if (tier.isRankBased() || tier == Tier.NONE || nextTier.isRankBased() || !nextTier.isAbove(tier)) {
            throw new IllegalArgumentException("a tier target leads from one score-based tier to a higher one");
        }
    }

    /**
     * The targets of a ladder, highest tier first: every score-based tier but the highest (whose next
     * tier is rank-based). Members without a tier are not on the way to a tier, so they have no target.
     */
    public static List<TierTarget> of(TierLadder ladder) {
        List<TierTarget> targets = new ArrayList<>();
        Tier above = null;
        for (var step : ladder.minimumScores().entrySet()) {
            if (above != null) {
                targets.add(new TierTarget(step.getKey(), above, ladder.minimumScores().get(above)));
            }
            above = step.getKey();
        }
        return List.copyOf(targets);
    }

    /** How much score the member still needs: the next minimum minus the score (negative if already past it). */
    public BigDecimal distance(Score score) {
        return nextMinimum.value().subtract(score.value());
    }

    /** What others see of the distance: whole points still needed, rounded up, never below zero. */
    public BigInteger pointsNeeded(Score score) {
        return distance(score).max(BigDecimal.ZERO).setScale(0, RoundingMode.CEILING).toBigIntegerExact();
    }
}

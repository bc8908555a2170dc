package dev.tiergate.domain.tier;

import dev.tiergate.domain.rank.RankBands;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides a member's tier: a Naib seat first, then rank up to the Fedaykin cut-off, then the
 * score ladder. Promotion applies at once; demotion only after the member stayed below for
 * the whole grace period, and a recovery inside the grace cancels it.
 */
public record TierPolicy(TierLadder ladder, RankBands bands, Duration demotionGrace) {

    public TierPolicy {
        if (demotionGrace.isNegative()) {
            throw new IllegalArgumentException("demotion grace cannot be negative");
        }
    }

    /** The tier this standing earns right now, before any grace. */
    public Tier earnedTier(Standing standing) {
        if (standing.rank().isEmpty()) {
            return Tier.NONE;
        }
        if (standing.seated()) {
            return Tier.NAIB;
        }
        if (bands.isEligible(standing.rank().getAsInt())) {
            return Tier.FEDAYKIN;
        }
        return ladder.scoreTier(standing.score());
    }

    public TierDecision assess(TierState current, Standing standing, Instant now) {
        Tier earned = earnedTier(standing);
        Tier held = current.tier();
        if (earned == held || earned.isAbove(held)) {
            Optional<TierChange> promotion = earned == held
                    ? Optional.empty()
                    : Optional.of(new TierChange(held, earned, now, TierChange.Cause.PROMOTED));
            return new TierDecision(TierState.of(earned), promotion);
        }
        Instant below = current.belowSince().orElse(now);
        if (Duration.between(below, now).compareTo(demotionGrace) >= 0) {
            return new TierDecision(TierState.of(earned),
                    Optional.of(new TierChange(held, earned, now, TierChange.Cause.DEMOTED_AFTER_GRACE)));
        }
        return new TierDecision(new TierState(held, Optional.of(below)), Optional.empty());
    }
}

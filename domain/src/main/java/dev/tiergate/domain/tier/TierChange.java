package dev.tiergate.domain.tier;

import java.time.Instant;

/** One recorded move between tiers; the history feeds "promotions this week", alerts and badges. */
public record TierChange(Tier from, Tier to, Instant at, Cause cause) {

    /** Why the tier moved. */
    public enum Cause {
        PROMOTED, DEMOTED_AFTER_GRACE
    }

    public boolean isPromotion() {
        return to.isAbove(from);
    }
}

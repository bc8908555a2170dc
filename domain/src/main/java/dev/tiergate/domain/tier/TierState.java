package dev.tiergate.domain.tier;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A member's current tier and, while a demotion waits out its grace, since when it has been below. */
public record TierState(Tier tier, Optional<Instant> belowSince) {

    public static final TierState NONE = new TierState(Tier.NONE, Optional.empty());

    public TierState {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(belowSince, "belowSince");
    }

    public static TierState of(Tier tier) {
        return new TierState(tier, Optional.empty());
    }
}

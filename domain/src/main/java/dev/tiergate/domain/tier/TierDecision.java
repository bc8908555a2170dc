package dev.tiergate.domain.tier;

import java.util.Optional;

/** The outcome of assessing one member: the state to keep and the change to record, if any. */
public record TierDecision(TierState next, Optional<TierChange> change) {

    public boolean changesState(TierState current) {
        return !next.equals(current);
    }
}

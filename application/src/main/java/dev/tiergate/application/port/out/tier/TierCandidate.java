package dev.tiergate.application.port.out.tier;

import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Standing;
import dev.tiergate.domain.tier.TierState;

/** A member whose tier may have to move: its tier as held and its standing now. */
public record TierCandidate(UserId userId, TierState state, Standing standing) {
}

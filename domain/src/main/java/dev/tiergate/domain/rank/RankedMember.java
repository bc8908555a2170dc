package dev.tiergate.domain.rank;

import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;

/** A member's place in the one ranking of a community (rank 1 = highest score). */
public record RankedMember(int rank, UserId userId, Nym nym, Score score) {

    public RankedMember {
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1");
        }
    }
}

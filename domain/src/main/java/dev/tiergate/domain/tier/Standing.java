package dev.tiergate.domain.tier;

import dev.tiergate.domain.profile.Score;
import java.util.OptionalInt;

/** What a tier is decided from: the member's rank (if ranked), score and Naib seat. */
public record Standing(OptionalInt rank, Score score, boolean seated) {

    public static Standing ranked(int rank, Score score, boolean seated) {
        return new Standing(OptionalInt.of(rank), score, seated);
    }

    public static Standing unranked() {
        return new Standing(OptionalInt.empty(), Score.ZERO, false);
    }
}

package dev.tiergate.domain.rank;

import dev.tiergate.domain.profile.Score;
import java.util.Optional;

/**
 * A member's /position: rank, score, the gaps to the neighbours and (when outside the cut-off)
 * to the entry score, and the status band.
 */
public record Position(
        int rank,
        Score score,
        Optional<Score> gapToAbove,
        Optional<Score> gapToBelow,
        Optional<Score> gapToEntry,
        PositionStatus status) {

    /**
     * Builds the position of a ranked member from its neighbours in the one ranking and the
     * entry score (the score at the cut-off rank, zero when fewer are ranked).
     */
    public static Position of(RankedMember member, Optional<RankedMember> above, Optional<RankedMember> below,
            Score entryScore, RankBands bands, boolean seated) {
        Score score = member.score();
        Optional<Score> gapToEntry = bands.isEligible(member.rank()) ? Optional.empty() : Optional.of(score.gapTo(entryScore));
        return new Position(
                member.rank(),
                score,
                above.map(a -> score.gapTo(a.score())),
                below.map(b -> b.score().gapTo(score)),
                gapToEntry,
                bands.statusOf(member.rank(), seated));
    }
}

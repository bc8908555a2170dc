package dev.tiergate.domain.rank;

import dev.tiergate.domain.profile.Score;
import java.util.List;
import java.util.Optional;

/**
 * The public /threshold: the entry score, how many are eligible and waiting, the gap between
 * the last eligible and the first waiting member, and the top of the waitlist by nym.
 */
public record Threshold(int cutoffRank, Score entryScore, int eligibleCount, int waitlistCount,
        Optional<Score> gapAtCutoff, List<RankedMember> waitlistTop) {

    public static final int WAITLIST_TOP = 5;

    public Threshold {
        waitlistTop = List.copyOf(waitlistTop);
    }

    /**
     * @param rankedCount members ranked in the community
     * @param atCutoff    the member at the cut-off rank, if that many are ranked
     * @param waitlist    the first members below the cut-off, best first (at most {@link #WAITLIST_TOP} kept)
     */
    public static Threshold of(int rankedCount, Optional<RankedMember> atCutoff, List<RankedMember> waitlist,
            RankBands bands) {
        Score entry = atCutoff.map(RankedMember::score).orElse(Score.ZERO);
        int eligible = Math.min(rankedCount, bands.fedaykinCutoff());
        int waiting = Math.clamp(rankedCount - bands.fedaykinCutoff(), 0, bands.waitlistSize());
        Optional<Score> gap = atCutoff.flatMap(last -> waitlist.stream().findFirst().map(first -> first.score().gapTo(last.score())));
        return new Threshold(bands.fedaykinCutoff(), entry, eligible, waiting, gap,
                waitlist.stream().limit(WAITLIST_TOP).toList());
    }
}

package dev.tiergate.domain.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PositionTest {

    private static RankedMember member(int rank, String score) {
        return new RankedMember(rank, new UserId("1000000000000000" + String.format("%02d", rank % 100)),
                new Nym("member" + rank), Score.parse(score));
    }

    @Test
    void insideTheCutoffHasNoGapToEntryAndGapsToNeighbours() {
        Position p = Position.of(member(10, "50"), Optional.of(member(9, "60.5")), Optional.of(member(11, "40")),
                Score.parse("7"), RankBands.DEFAULT, false);
        assertThat(p.gapToAbove()).contains(Score.parse("10.5"));
        assertThat(p.gapToBelow()).contains(Score.parse("10"));
        assertThat(p.gapToEntry()).isEmpty();
        assertThat(p.status()).isEqualTo(PositionStatus.FEDAYKIN);
    }

    @Test
    void statusBandsFollowTheDefaults() {
        RankBands bands = RankBands.DEFAULT;
        assertThat(bands.statusOf(62, false)).isEqualTo(PositionStatus.FEDAYKIN);
        assertThat(bands.statusOf(63, false)).isEqualTo(PositionStatus.AT_RISK);
        assertThat(bands.statusOf(69, false)).isEqualTo(PositionStatus.AT_RISK);
        assertThat(bands.statusOf(70, false)).isEqualTo(PositionStatus.WAITLIST);
        assertThat(bands.statusOf(100, false)).isEqualTo(PositionStatus.WAITLIST);
        assertThat(bands.statusOf(101, false)).isEqualTo(PositionStatus.OUTSIDE);
        assertThat(bands.statusOf(65, true)).isEqualTo(PositionStatus.NAIB);
    }

    @Test
    void outsideTheCutoffShowsTheGapToEntryAndTheTopHasNoneAbove() {
        Position outside = Position.of(member(80, "3"), Optional.of(member(79, "4")), Optional.empty(), Score.parse("9.25"),
                RankBands.DEFAULT, false);
        assertThat(outside.gapToEntry()).contains(Score.parse("6.25"));
        assertThat(outside.gapToBelow()).isEmpty();
        Position first = Position.of(member(1, "100"), Optional.empty(), Optional.of(member(2, "90")), Score.ZERO,
                RankBands.DEFAULT, false);
        assertThat(first.gapToAbove()).isEmpty();
    }

    @Test
    void thresholdCountsEligibleAndWaitingAndTheGapAtTheCutoff() {
        List<RankedMember> waiting = List.of(member(70, "8"), member(71, "7"), member(72, "6"), member(73, "5"),
                member(74, "4"), member(75, "3"));
        Threshold t = Threshold.of(75, Optional.of(member(69, "9.5")), waiting, RankBands.DEFAULT);
        assertThat(t.entryScore()).isEqualTo(Score.parse("9.5"));
        assertThat(t.eligibleCount()).isEqualTo(69);
        assertThat(t.waitlistCount()).isEqualTo(6);
        assertThat(t.gapAtCutoff()).contains(Score.parse("1.5"));
        assertThat(t.waitlistTop()).hasSize(Threshold.WAITLIST_TOP).first().extracting(RankedMember::rank).isEqualTo(70);
    }

    @Test
    void thresholdOfASmallCommunityHasZeroEntryAndNoWaitlist() {
        Threshold t = Threshold.of(12, Optional.empty(), List.of(), RankBands.DEFAULT);
        assertThat(t.entryScore()).isEqualTo(Score.ZERO);
        assertThat(t.eligibleCount()).isEqualTo(12);
        assertThat(t.waitlistCount()).isZero();
        assertThat(t.gapAtCutoff()).isEmpty();
    }

    @Test
    void waitlistCountStopsAtTheWaitlistSize() {
        Threshold t = Threshold.of(500, Optional.of(member(69, "9")), List.of(member(70, "8")), RankBands.DEFAULT);
        assertThat(t.waitlistCount()).isEqualTo(31);
    }
}

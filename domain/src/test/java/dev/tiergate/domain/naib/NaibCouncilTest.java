package dev.tiergate.domain.naib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankedMember;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NaibCouncilTest {

    private final NaibCouncil council = new NaibCouncil(3);

    private static UserId user(int n) {
        return new UserId("1000000000000000" + String.format("%03d", n));
    }

    private static RankedMember ranked(int n, int rank, String score) {
        return new RankedMember(rank, user(n), new Nym("member" + n), Score.parse(score));
    }

    @Test
    void emptySeatsGoToTheHighestRankedUnseated() {
        SeatingChanges changes = council.reseat(Map.of(),
                List.of(ranked(1, 1, "90"), ranked(2, 2, "80"), ranked(3, 3, "70"), ranked(4, 4, "60")));
        assertThat(changes.seated()).containsExactly(user(1), user(2), user(3));
        assertThat(changes.unseated()).isEmpty();
    }

    @Test
    void aFullCouncilAdmitsOnlyAStrictlyHigherScore() {
        Map<UserId, Optional<RankedMember>> seated = new LinkedHashMap<>();
        seated.put(user(1), Optional.of(ranked(1, 1, "90")));
        seated.put(user(2), Optional.of(ranked(2, 3, "50")));
        seated.put(user(3), Optional.of(ranked(3, 4, "40")));
        SeatingChanges swap = council.reseat(seated, List.of(ranked(1, 1, "90"), ranked(9, 2, "60")));
        assertThat(swap.seated()).containsExactly(user(9));
        assertThat(swap.unseated()).containsExactly(user(3));
    }

    @Test
    void onATieTheIncumbentStays() {
        Map<UserId, Optional<RankedMember>> seated = new LinkedHashMap<>();
        seated.put(user(1), Optional.of(ranked(1, 1, "90")));
        seated.put(user(2), Optional.of(ranked(2, 2, "50")));
        seated.put(user(3), Optional.of(ranked(3, 3, "40")));
        SeatingChanges tie = council.reseat(seated, List.of(ranked(9, 4, "40")));
        assertThat(tie.isEmpty()).isTrue();
    }

    @Test
    void aNaibWhoIsNoLongerRankedLosesTheSeatToTheNextInLine() {
        Map<UserId, Optional<RankedMember>> seated = new LinkedHashMap<>();
        seated.put(user(1), Optional.of(ranked(1, 1, "90")));
        seated.put(user(2), Optional.empty());
        seated.put(user(3), Optional.of(ranked(3, 2, "40")));
        SeatingChanges changes = council.reseat(seated, List.of(ranked(1, 1, "90"), ranked(3, 2, "40"), ranked(7, 3, "30")));
        assertThat(changes.unseated()).containsExactly(user(2));
        assertThat(changes.seated()).containsExactly(user(7));
    }

    @Test
    void foundingNaibIsSeatedWithinTheFirstHour() {
        java.time.Instant first = java.time.Instant.parse("2026-01-01T00:00:00Z");
        Seating early = new Seating(user(1), first.plusSeconds(3600), Optional.empty());
        Seating late = new Seating(user(2), first.plusSeconds(3601), Optional.empty());
        assertThat(early.isFounding(first)).isTrue();
        assertThat(late.isFounding(first)).isFalse();
    }
}

package dev.tiergate.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private static final Instant LAST = Instant.parse("2026-05-01T12:00:00Z");

    @Test
    void onlyAStrictlyNewerJoinOrLeaveSupersedesTheLastOneApplied() {
        Membership membership = new Membership(false, true, Optional.of(LAST));

        assertThat(membership.isSupersededBy(LAST.plusMillis(1))).isTrue();
        assertThat(membership.isSupersededBy(LAST)).as("a replay of the same event").isFalse();
        assertThat(membership.isSupersededBy(LAST.minusMillis(1))).as("a late, older event").isFalse();
    }

    @Test
    void aMemberNoJoinOrLeaveReachedYetAcceptsAnyEvent() {
        assertThat(new Membership(false, false, Optional.empty()).isSupersededBy(Instant.EPOCH)).isTrue();
    }

    @Test
    void onlyAPresentMemberWithItsOwnNymHasNothingLeftToJoin() {
        assertThat(new Membership(false, true, Optional.empty()).isPresentAndRegistered()).isTrue();
        assertThat(new Membership(true, true, Optional.empty()).isPresentAndRegistered()).isFalse();
        assertThat(new Membership(false, false, Optional.empty()).isPresentAndRegistered()).isFalse();
    }
}

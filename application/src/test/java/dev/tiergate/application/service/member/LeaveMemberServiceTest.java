package dev.tiergate.application.service.member;

import static dev.tiergate.application.service.member.LifecycleFixtures.GUILD;
import static dev.tiergate.application.service.member.LifecycleFixtures.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.member.LeaveMemberCommand;
import dev.tiergate.application.port.in.member.MemberLeaveResult;
import dev.tiergate.application.service.member.InMemoryMembers.Stored;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeaveMemberServiceTest {

    private static final Instant T1 = Instant.parse("2026-05-01T12:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);

    private final InMemoryMembers members = new InMemoryMembers();
    private final LifecycleFixtures.Reassessments reassessments = new LifecycleFixtures.Reassessments();
    private final LeaveMemberService service = new LeaveMemberService(new LifecycleFixtures.RunNow(),
            Community::withDefaults, members, reassessments.reassessment(), Clock.fixed(T2, ZoneOffset.UTC));

    @Test
    void aLeavingNaibIsMarkedLeftAndLosesItsSeatInTheSameCall() {
        members.put(MEMBER, present(Optional.of(T1)));
        reassessments.seat(MEMBER, T1);

        MemberLeaveResult result = service.leaveMember(new LeaveMemberCommand(GUILD, MEMBER, T2));

        assertThat(result).isEqualTo(new MemberLeaveResult.Left(1, 0));
        assertThat(members.members.get(MEMBER).left()).isTrue();
        assertThat(reassessments.asked).containsExactly(List.of(MEMBER));
        assertThat(reassessments.seatings.getFirst().unseated()).containsExactly(MEMBER);
    }

    @Test
    void leavingTwiceChangesNothingTheSecondTime() {
        members.put(MEMBER, present(Optional.empty()));
        service.leaveMember(new LeaveMemberCommand(GUILD, MEMBER, T1));

        assertThat(service.leaveMember(new LeaveMemberCommand(GUILD, MEMBER, T1)))
                .isEqualTo(new MemberLeaveResult.Outdated());
        assertThat(service.leaveMember(new LeaveMemberCommand(GUILD, MEMBER, T2)))
                .isEqualTo(new MemberLeaveResult.AlreadyLeft());
        assertThat(reassessments.asked).hasSize(1);
    }

    @Test
    void aLeaveOlderThanTheJoinAppliedKeepsTheMember() {
        members.put(MEMBER, present(Optional.of(T2)));

        assertThat(service.leaveMember(new LeaveMemberCommand(GUILD, MEMBER, T1)))
                .isEqualTo(new MemberLeaveResult.Outdated());
        assertThat(members.members.get(MEMBER).left()).isFalse();
        assertThat(reassessments.asked).isEmpty();
    }

    @Test
    void aLeaveOfAMemberNeverSeenIsRecordedSoALateJoinCannotBringItBack() {
        assertThat(service.leaveMember(new LeaveMemberCommand(GUILD, MEMBER, T2)))
                .isEqualTo(new MemberLeaveResult.Left(0, 0));

        assertThat(members.findMembership(GUILD, MEMBER)).hasValueSatisfying(membership -> {
            assertThat(membership.left()).isTrue();
            assertThat(membership.isSupersededBy(T1)).isFalse();
        });
    }

    private static Stored present(Optional<Instant> changedAt) {
        return new Stored(new Nym("stilgar"), true, false, changedAt, Optional.empty(), Score.parse("900"));
    }
}

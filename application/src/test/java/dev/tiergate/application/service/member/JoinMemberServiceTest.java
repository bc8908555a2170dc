package dev.tiergate.application.service.member;

import static dev.tiergate.application.service.member.LifecycleFixtures.GUILD;
import static dev.tiergate.application.service.member.LifecycleFixtures.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.member.JoinMemberCommand;
import dev.tiergate.application.port.in.member.MemberJoinResult;
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

class JoinMemberServiceTest {

    private static final Instant T1 = Instant.parse("2026-05-01T12:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);
    private static final String AVATAR = "https://cdn.discordapp.com/avatars/223456789012345678/abc.png";

    private final InMemoryMembers members = new InMemoryMembers();
    private final LifecycleFixtures.Reassessments reassessments = new LifecycleFixtures.Reassessments();
    private final JoinMemberService service = new JoinMemberService(new LifecycleFixtures.RunNow(),
            Community::withDefaults, members, members, reassessments.reassessment(), Clock.fixed(T2, ZoneOffset.UTC));

    @Test
    void aNewMemberGetsItsNymAndAvatarAndTheJoinIsStamped() {
        MemberJoinResult result = service.joinMember(join("stilgar", T1));

        assertThat(result).isEqualTo(new MemberJoinResult.Joined(new Nym("stilgar")));
        Stored stored = members.members.get(MEMBER);
        assertThat(stored.avatarUrl()).contains(AVATAR);
        assertThat(stored.changedAt()).contains(T1);
        assertThat(reassessments.asked).as("an unranked newcomer moves nobody").isEmpty();
    }

    @Test
    void theSameJoinTwiceChangesNothingTheSecondTime() {
        service.joinMember(join("stilgar", T1));
        Stored first = members.members.get(MEMBER);

        assertThat(service.joinMember(join("stilgar", T1))).isEqualTo(new MemberJoinResult.Outdated());
        assertThat(members.members.get(MEMBER)).isEqualTo(first);
        assertThat(members.registrations).isEqualTo(1);
    }

    @Test
    void aNewerJoinOfAPresentMemberKeepsItsProfileAndAvatar() {
        service.joinMember(join("stilgar", T1));

        MemberJoinResult again = service.joinMember(new JoinMemberCommand(GUILD, MEMBER, "renamed", Optional.of(
                "https://cdn.discordapp.com/avatars/223456789012345678/other.png"), T2));

        assertThat(again).isEqualTo(new MemberJoinResult.AlreadyPresent(new Nym("stilgar")));
        assertThat(members.members.get(MEMBER).avatarUrl()).contains(AVATAR);
        assertThat(members.members.get(MEMBER).changedAt()).as("a later leave must be newer still").contains(T2);
    }

    @Test
    void aJoinOlderThanTheLeaveAppliedDoesNotBringTheMemberBack() {
        members.put(MEMBER, new Stored(new Nym("stilgar"), true, true, Optional.of(T2), Optional.empty(), Score.ZERO));

        assertThat(service.joinMember(join("stilgar", T1))).isEqualTo(new MemberJoinResult.Outdated());
        assertThat(members.members.get(MEMBER).left()).isTrue();
    }

    @Test
    void aReturningRankedMemberIsRestoredAndSeatsAndTiersFollow() {
        members.put(MEMBER, new Stored(new Nym("stilgar"), true, true, Optional.of(T1), Optional.empty(),
                Score.parse("500")));

        MemberJoinResult result = service.joinMember(join("ignored", T2));

        assertThat(result).isEqualTo(new MemberJoinResult.Returned(new Nym("stilgar")));
        assertThat(members.members.get(MEMBER).left()).isFalse();
        assertThat(reassessments.asked).containsExactly(List.of(MEMBER));
    }

    @Test
    void aMemberOnlyAScoreCreatedGetsItsRealNymAndIsReassessed() {
        members.put(MEMBER, new Stored(new Nym("member-" + MEMBER.value()), false, false, Optional.empty(),
                Optional.empty(), Score.parse("70")));

        assertThat(service.joinMember(join("chani", T1))).isEqualTo(new MemberJoinResult.Joined(new Nym("chani")));
        assertThat(reassessments.asked).containsExactly(List.of(MEMBER));
    }

    private static JoinMemberCommand join(String username, Instant at) {
        return new JoinMemberCommand(GUILD, MEMBER, username, Optional.of(AVATAR), at);
    }
}

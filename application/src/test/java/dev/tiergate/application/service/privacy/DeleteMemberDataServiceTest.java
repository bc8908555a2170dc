package dev.tiergate.application.service.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.application.port.in.privacy.DeleteMemberDataCommand;
import dev.tiergate.application.port.in.privacy.MemberDataDeletion;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.privacy.DeletedRows;
import dev.tiergate.domain.privacy.DeletionActor;
import dev.tiergate.domain.profile.UserId;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeleteMemberDataServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final CommunityId UNKNOWN_GUILD = new CommunityId("123456789012345679");
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final UserId ADMIN = new UserId("400000000000000000");
    private static final DeletionActor BY_ADMIN = new DeletionActor.Admin(ADMIN);

    private final CommunityInMemory community = new CommunityInMemory(GUILD);
    private final DeleteMemberDataService service = new DeleteMemberDataService(community, community, community,
            community.tierReassessment(), community, community, community, Clock.fixed(NOW, ZoneOffset.UTC));

    /** Members 1..n, member k scoring 1000 − k (so member k is ranked k); the top seven seated. */
    private void rankedCommunity(int members) {
        for (int k = 1; k <= members; k++) {
            community.add(member(k), Integer.toString(1000 - k), k % 3);
            if (k <= 7) {
                community.seat(member(k));
            }
        }
    }

    private static UserId member(int k) {
        return new UserId(Long.toString(300_000_000_000_000_000L + k));
    }

    private MemberDataDeletion delete(UserId member, DeletionActor actor) {
        return service.deleteMemberData(new DeleteMemberDataCommand(GUILD, member, actor));
    }

    @Test
    void deletingASeatedMemberGivesItsSeatToTheNextInLineAndAuditsTheDeletion() {
        rankedCommunity(9);

        MemberDataDeletion deletion = delete(member(3), BY_ADMIN);

        DeletedRows rows = new DeletedRows(Map.of("member_profiles", 1, "badge_awards", 0, "naib_seatings", 1));
        assertThat(deletion).isEqualTo(new MemberDataDeletion.Deleted(rows));
        assertThat(community.stores(member(3))).isFalse();
        assertThat(community.seated()).isEqualTo(Set.of(member(1), member(2), member(4), member(5), member(6),
                member(7), member(8)));
        assertThat(community.audits()).containsExactly(new CommunityInMemory.Audit(GUILD, member(3), BY_ADMIN, rows, NOW));
    }

    @Test
    void deletingAMemberForgetsItsSessionsAndShortLivedKeysButNobodyElses() {
        rankedCommunity(3);

        delete(member(2), new DeletionActor.Member());

        assertThat(community.holdsShortLivedState(member(2))).isFalse();
        assertThat(community.holdsShortLivedState(member(1))).isTrue();
        assertThat(community.holdsShortLivedState(member(3))).isTrue();
    }

    @Test
    void deletingAnUnknownMemberDeletesNothingAndAuditsNothing() {
        rankedCommunity(3);

        assertThat(delete(member(99), BY_ADMIN)).isEqualTo(new MemberDataDeletion.NothingToDelete());
        assertThat(service.deleteMemberData(new DeleteMemberDataCommand(UNKNOWN_GUILD, member(1), BY_ADMIN)))
                .isEqualTo(new MemberDataDeletion.NothingToDelete());

        assertThat(community.audits()).isEmpty();
        assertThat(community.stores(member(1))).isTrue();
    }

    @Test
    void deletingTwiceDeletesAndAuditsOnce() {
        rankedCommunity(3);
        delete(member(1), BY_ADMIN);

        assertThat(delete(member(1), BY_ADMIN)).isEqualTo(new MemberDataDeletion.NothingToDelete());
        assertThat(community.audits()).hasSize(1);
    }

    @Test
    void aMemberWithoutRankOrSeatLeavesSeatsUnread() {
        rankedCommunity(3);
        community.add(member(50), "0", 1);

        assertThat(delete(member(50), BY_ADMIN)).isInstanceOf(MemberDataDeletion.Deleted.class);
        assertThat(community.seatReads).isZero();
    }

    @Test
    void whenTheShortLivedStoreIsDownTheWholeDeletionRollsBackAndARetryCompletesIt() {
        rankedCommunity(9);
        community.shortLivedStoreDown(true);

        assertThatThrownBy(() -> delete(member(3), BY_ADMIN)).isInstanceOf(UncheckedIOException.class);
        assertThat(community.stores(member(3))).isTrue();
        assertThat(community.seated()).contains(member(3)).doesNotContain(member(8));
        assertThat(community.audits()).isEmpty();

        community.shortLivedStoreDown(false);
        assertThat(delete(member(3), BY_ADMIN)).isInstanceOf(MemberDataDeletion.Deleted.class);
        assertThat(community.seated()).contains(member(8)).doesNotContain(member(3));
        assertThat(community.holdsShortLivedState(member(3))).isFalse();
        assertThat(community.audits()).hasSize(1);
    }
}

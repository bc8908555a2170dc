package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.member.RecordMemberRolesPort;
import dev.tiergate.application.port.out.rolesync.LoadRoleMismatchesPort;
import dev.tiergate.application.port.out.rolesync.MemberTierRoles;
import dev.tiergate.application.port.out.rolesync.RecordTierRolePort;
import dev.tiergate.application.port.out.rolesync.RoleRemovals;
import dev.tiergate.application.port.out.rolesync.RoleSyncFailuresPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.role.RoleSyncFailure;
import dev.tiergate.domain.tier.Tier;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleSyncIT extends AdapterIntegrationTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final String FEDAYKIN = "100000000000000002";
    private static final String HAJRA = "100000000000000009";
    private static final String OTHER = "900000000000000001";

    private final LoadRoleMismatchesPort mismatches = bean(LoadRoleMismatchesPort.class);
    private final RecordTierRolePort recorded = bean(RecordTierRolePort.class);
    private final RoleSyncFailuresPort failures = bean(RoleSyncFailuresPort.class);
    private final RecordMemberRolesPort gateway = bean(RecordMemberRolesPort.class);

    @Test
    void onlyPresentMembersWhoseTierRolesDifferAreFoundAndAnAppliedChangeEndsTheMismatch() {
        CommunityId community = communityWithTierRoles();
        UserId inLine = member(community, Tier.FEDAYKIN, FEDAYKIN, OTHER);
        UserId promoted = member(community, Tier.FEDAYKIN, HAJRA, OTHER);
        UserId untiered = member(community, Tier.NONE, OTHER);
        UserId demotedToNone = member(community, Tier.NONE, HAJRA);
        UserId left = member(community, Tier.FEDAYKIN);
        markLeft(community, left);
        UserId unknownRoles = newUser();
        gateway.recordRoles(community, unknownRoles, Set.of(), T0);
        execute("UPDATE member_profiles SET discord_role_ids = NULL, roles_updated_at = NULL, tier = 'HAJRA' "
                + "WHERE community_id = ? AND user_id = ?", community.value(), unknownRoles.value());

        assertThat(mismatches.communitiesWithTierRoles()).contains(community);
        assertThat(mismatched(community)).extracting(MemberTierRoles::member)
                .containsExactlyInAnyOrder(promoted, demotedToNone)
                .doesNotContain(inLine, untiered, left, unknownRoles);
        assertThat(mismatches.countRemovals(community)).isEqualTo(new RoleRemovals(2, 4));
        assertThat(mismatches.mismatchedMembers(community, Optional.empty(), 1, false)).hasSize(1);

        recorded.recordRoleAdded(community, promoted, FEDAYKIN);
        recorded.recordRoleAdded(community, promoted, FEDAYKIN);
        recorded.recordRoleRemoved(community, promoted, HAJRA);
        recorded.recordRoleRemoved(community, demotedToNone, HAJRA);

        assertThat(mismatched(community)).isEmpty();
        assertThat(queryLong("SELECT count(*) FROM member_profiles WHERE community_id = ? AND user_id = ? "
                + "AND discord_role_ids = ARRAY[?, ?]::text[] AND roles_updated_at = ?", community.value(),
                promoted.value(), FEDAYKIN, OTHER, java.sql.Timestamp.from(T0)))
                .as("roles in snowflake order, still as of the gateway's time").isEqualTo(1);
    }

    @Test
    void aFailureStandsUntilTheMembersRolesAreRecordedAnewOrTheFailuresAreCleared() {
        CommunityId community = communityWithTierRoles();
        UserId member = member(community, Tier.FEDAYKIN, HAJRA);
        failures.recordFailure(new RoleSyncFailure(community, member, FEDAYKIN, RoleSyncFailure.Reason.FORBIDDEN,
                "Missing Permissions", T0.plusSeconds(5)));
        failures.recordFailure(new RoleSyncFailure(community, member, FEDAYKIN, RoleSyncFailure.Reason.FORBIDDEN,
                "Missing Permissions again", T0.plusSeconds(6)));

        assertThat(mismatched(community)).singleElement().satisfies(found ->
                assertThat(found.standingFailures()).containsExactly(FEDAYKIN));
        recorded.recordRoleRemoved(community, member, HAJRA);
        assertThat(mismatched(community)).as("only the refused change is left").isEmpty();
        assertThat(mismatches.mismatchedMembers(community, Optional.empty(), 10, true)).hasSize(1);
        assertThat(failures.listFailures(community, 10)).containsExactly(new RoleSyncFailure(community, member,
                FEDAYKIN, RoleSyncFailure.Reason.FORBIDDEN, "Missing Permissions again", T0.plusSeconds(6)));

        gateway.recordRoles(community, member, Set.of(OTHER), T0.plusSeconds(10));
        assertThat(mismatched(community)).singleElement().satisfies(found ->
                assertThat(found.standingFailures()).isEmpty());

        assertThat(failures.clearFailures(community)).isEqualTo(1);
        assertThat(failures.listFailures(community, 10)).isEmpty();
    }

    private List<MemberTierRoles> mismatched(CommunityId community) {
        return mismatches.mismatchedMembers(community, Optional.empty(), 10, false);
    }

    private static CommunityId communityWithTierRoles() {
        CommunityId community = newCommunity();
        execute("INSERT INTO community_tiers (community_id, tier, role_id) VALUES (?, 'FEDAYKIN', ?), (?, 'HAJRA', ?) "
                + "ON CONFLICT (community_id, tier) DO UPDATE SET role_id = EXCLUDED.role_id",
                community.value(), FEDAYKIN, community.value(), HAJRA);
        return community;
    }

    private UserId member(CommunityId community, Tier tier, String... roles) {
        UserId user = newUser();
        gateway.recordRoles(community, user, Set.of(roles), T0);
        execute("UPDATE member_profiles SET tier = ? WHERE community_id = ? AND user_id = ?", tier.name(),
                community.value(), user.value());
        return user;
    }
}

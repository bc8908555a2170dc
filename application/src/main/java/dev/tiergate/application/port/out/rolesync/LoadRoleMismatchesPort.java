package dev.tiergate.application.port.out.rolesync;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Finds the present members (not left, roles recorded from the gateway) whose recorded roles differ
 * from their tier's role over the community's tier roles, set-based in the store; members whose only
 * differences are standing failures are left out unless {@code includingFailures}.
 */
public interface LoadRoleMismatchesPort {

    /** The active communities where at least one tier grants a role. */
    List<CommunityId> communitiesWithTierRoles();

    /** Mismatched members after {@code after} (exclusive) in user id order, at most {@code limit}. */
    List<MemberTierRoles> mismatchedMembers(CommunityId community, Optional<UserId> after, int limit,
            boolean includingFailures);

    /** Counts, in one pass, the members who would lose a tier role and the members with recorded roles. */
    RoleRemovals countRemovals(CommunityId community);
}

package dev.tiergate.application.port.out.rolesync;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.role.RoleSyncFailure;
import java.util.List;

/**
 * Final role-change refusals, one per community, member and role (the latest wins); a failure stands
 * (keeps the sync off that change) while the member's recorded roles are as of the time they were then.
 */
public interface RoleSyncFailuresPort {

    void recordFailure(RoleSyncFailure failure);

    /** The community's failures, latest first, at most {@code limit}. */
    List<RoleSyncFailure> listFailures(CommunityId community, int limit);

    /** Forgets the community's failures so every change is tried again; returns how many. */
    int clearFailures(CommunityId community);
}

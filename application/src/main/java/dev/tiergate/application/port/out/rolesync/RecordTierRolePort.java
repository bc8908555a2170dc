package dev.tiergate.application.port.out.rolesync;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;

/**
 * Records a role change Discord applied in the member's recorded roles at once, so the next sync sees
 * it; the time of the roles stays the gateway's, so the gateway's next member.update still wins.
 */
public interface RecordTierRolePort {

    void recordRoleAdded(CommunityId community, UserId member, String roleId);

    void recordRoleRemoved(CommunityId community, UserId member, String roleId);
}

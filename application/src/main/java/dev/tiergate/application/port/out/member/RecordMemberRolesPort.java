package dev.tiergate.application.port.out.member;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.Set;

/**
 * Stores the Discord roles a member holds, as of the gateway time of the update that reported them;
 * roles as of a later (or the same) time are never overwritten. A member never seen gets a placeholder
 * profile, as a score or activity would give it.
 */
public interface RecordMemberRolesPort {

    /** False when roles as of {@code at} or later were stored already. */
    boolean recordRoles(CommunityId communityId, UserId userId, Set<String> roleIds, Instant at);
}

package dev.tiergate.application.port.out.role;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;

/**
 * Adds or removes exactly one role of one member at Discord, never rewriting the member's whole role
 * list (other bots edit roles too); {@code roleId} is the role's snowflake and {@code auditReason} the
 * text Discord's audit log shows. Every expected outcome, refusals included, is a {@link RoleChange}.
 */
public interface MemberRolesPort {

    RoleChange addRole(CommunityId guild, UserId member, String roleId, String auditReason);

    RoleChange removeRole(CommunityId guild, UserId member, String roleId, String auditReason);
}

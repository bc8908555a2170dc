package dev.tiergate.domain.role;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A role change Discord refused for good (the role above the bot's, the member or role gone), kept for
 * the community's admins; one per member and role, the latest refusal.
 */
public record RoleSyncFailure(CommunityId community, UserId member, String roleId, Reason reason, String detail,
        Instant at) {

    /** Why Discord refused. */
    public enum Reason {
        /** HTTP 403: the role sits above the bot's highest role, or the bot lacks Manage Roles. */
        FORBIDDEN,
        /** The member left the guild or the role was deleted. */
        NOT_FOUND,
        /** Another final refusal. */
        REJECTED
    }

    public static final int DETAIL_MAX = 500;

    public RoleSyncFailure {
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        detail = detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX) : detail;
    }
}

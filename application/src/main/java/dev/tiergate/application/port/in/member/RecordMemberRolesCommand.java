package dev.tiergate.application.port.in.member;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.InvalidFieldException;
import dev.tiergate.domain.shared.Snowflake;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** The Discord roles (snowflakes, at most 250: a guild's limit) a member held at {@code at} (gateway time). */
public record RecordMemberRolesCommand(CommunityId communityId, UserId userId, Set<String> roleIds, Instant at) {

    public static final int MAX_ROLES = 250;

    public RecordMemberRolesCommand {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(at, "at");
        roleIds = Set.copyOf(roleIds);
        if (roleIds.size() > MAX_ROLES) {
            throw new InvalidFieldException("roles", "at most " + MAX_ROLES + " roles");
        }
        roleIds.forEach(role -> Snowflake.require(role, "roles"));
    }
}

package dev.tiergate.domain.privacy;

import dev.tiergate.domain.role.RoleSyncFailure;
import dev.tiergate.domain.shared.Snowflake;
import java.time.Instant;
import java.util.Objects;

/**
 * Discord's latest final refusal to change one of the member's roles, as kept for the community's
 * admins: one entry per role.
 *
 * @param roleId    the Discord role (a snowflake) the refused change was about
 * @param failedAt  when Discord refused
 * @param rolesAsOf gateway time of the member's recorded roles when it refused
 */
public record RoleSyncFailureEntry(String roleId, RoleSyncFailure.Reason reason, String detail, Instant failedAt,
        Instant rolesAsOf) {

    public RoleSyncFailureEntry {
        Snowflake.require(roleId, "role_id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(failedAt, "failedAt");
        Objects.requireNonNull(rolesAsOf, "rolesAsOf");
    }
}

package dev.tiergate.application.port.out.rolesync;

import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.util.Objects;
import java.util.Set;

/**
 * A present member's tier and the Discord roles recorded for it; {@code standingFailures} are the roles
 * whose last change Discord refused for good since these roles were recorded (left alone until then).
 */
public record MemberTierRoles(UserId member, Tier tier, Set<String> heldRoleIds, Set<String> standingFailures) {

    public MemberTierRoles {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(tier, "tier");
        heldRoleIds = Set.copyOf(heldRoleIds);
        standingFailures = Set.copyOf(standingFailures);
    }
}

package dev.tiergate.domain.role;

import dev.tiergate.domain.tier.Tier;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A community's Discord role per tier, and the diff that gives a member the role of its current tier
 * and no other tier role (one tier role at a time); roles that no tier grants are never touched.
 */
public final class TierRoles {

    private final Map<Tier, String> roleByTier;
    private final Set<String> tierRoleIds;

    private TierRoles(Map<Tier, String> roleByTier) {
        this.roleByTier = roleByTier;
        this.tierRoleIds = Set.copyOf(roleByTier.values());
    }

    /** {@code roleByTier} as {@code CommunityConfig.tierRoleIds()} holds it (NONE never has a role). */
    public static TierRoles of(Map<Tier, String> roleByTier) {
        if (roleByTier.containsKey(Tier.NONE)) {
            throw new IllegalArgumentException("the absence of a tier has no role");
        }
        return new TierRoles(roleByTier.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(roleByTier)));
    }

    /** Whether no tier grants a role: role sync has nothing to do in the community. */
    public boolean isEmpty() {
        return roleByTier.isEmpty();
    }

    /** The role {@code tier} grants, if the community configured one. */
    public Optional<String> roleOf(Tier tier) {
        return Optional.ofNullable(roleByTier.get(tier));
    }

    /** What a member of {@code tier} holding {@code heldRoleIds} needs changed. */
    public RolePlan planFor(Tier tier, Set<String> heldRoleIds) {
        Optional<String> wanted = roleOf(tier);
        Set<String> remove = heldRoleIds.stream()
                .filter(tierRoleIds::contains)
                .filter(role -> wanted.map(w -> !w.equals(role)).orElse(true))
                .collect(Collectors.toSet());
        return new RolePlan(wanted.filter(role -> !heldRoleIds.contains(role)), remove);
    }

    /** The text Discord's audit log shows for a change made because a member is in {@code tier}. */
    public static String auditReason(Tier tier) {
        return tier == Tier.NONE ? "Tiergate: no tier" : "Tiergate: tier " + tier.displayName();
    }
}

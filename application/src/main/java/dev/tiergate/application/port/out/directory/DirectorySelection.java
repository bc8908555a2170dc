package dev.tiergate.application.port.out.directory;

import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.directory.TenureRange;
import dev.tiergate.domain.tier.Tier;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A directory filter resolved for a query: any of {@code tiers} (all when empty), holding {@code badge}
 * now (not revoked), joined within {@code joined}. Members who left or opted out are never selected.
 */
public record DirectorySelection(Set<Tier> tiers, Optional<BadgeId> badge, Optional<TenureRange> joined) {

    public DirectorySelection {
        tiers = tiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tiers));
    }
}

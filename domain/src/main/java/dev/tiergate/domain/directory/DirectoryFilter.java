package dev.tiergate.domain.directory;

import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.tier.Tier;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which members the directory lists: any of {@code tiers} (all when empty), holding {@code badge},
 * of one tenure category. Members who opted out are never listed, whatever the filter.
 */
public record DirectoryFilter(Set<Tier> tiers, Optional<BadgeId> badge, Optional<Tenure> tenure) {

    public static final DirectoryFilter EVERYONE = new DirectoryFilter(Set.of(), Optional.empty(), Optional.empty());

    public DirectoryFilter {
        tiers = tiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tiers));
    }
}

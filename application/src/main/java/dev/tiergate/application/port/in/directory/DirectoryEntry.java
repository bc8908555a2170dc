package dev.tiergate.application.port.in.directory;

import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.tier.Tier;

/** One public line of the directory: nym, tier, tenure category and held badges. */
public record DirectoryEntry(Nym nym, Tier tier, Tenure tenure, int badgeCount) {
}

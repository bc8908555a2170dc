package dev.tiergate.domain.badge;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A badge a member holds, as its catalog describes it, and when it was awarded. */
public record HeldBadge(Badge badge, Instant awardedAt) {

    public HeldBadge {
        Objects.requireNonNull(badge, "badge");
        Objects.requireNonNull(awardedAt, "awardedAt");
    }

    /** The awards the catalog still describes, most recent first; an award of a badge no longer listed is left out. */
    public static List<HeldBadge> of(BadgeCatalog catalog, List<BadgeAward> awards) {
        return awards.stream()
                .flatMap(award -> catalog.find(award.badge()).map(b -> new HeldBadge(b, award.awardedAt())).stream())
                .sorted(Comparator.comparing(HeldBadge::awardedAt).reversed())
                .toList();
    }
}

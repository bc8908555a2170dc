package dev.tiergate.application.port.in.badgecatalog;

import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a catalog in badge-id order; {@code next} is the cursor of the following page, empty on the last. */
public record CatalogPage(List<Badge> badges, Optional<BadgeId> next) {

    public CatalogPage {
        badges = List.copyOf(badges);
        Objects.requireNonNull(next, "next");
    }
}

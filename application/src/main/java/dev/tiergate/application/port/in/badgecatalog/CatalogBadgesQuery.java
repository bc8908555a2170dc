package dev.tiergate.application.port.in.badgecatalog;

import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.shared.PageLimit;
import java.util.Objects;
import java.util.Optional;

/** Asks for one page of a community's catalog in badge-id order: the badges after {@code after}, at most {@code limit}. */
public record CatalogBadgesQuery(CommunityId communityId, Optional<BadgeId> after, PageLimit limit) {

    public CatalogBadgesQuery {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(limit, "limit");
    }
}

package dev.tiergate.application.service.badgecatalog;

import dev.tiergate.application.port.in.badgecatalog.CatalogBadgesQuery;
import dev.tiergate.application.port.in.badgecatalog.CatalogPage;
import dev.tiergate.application.port.in.badgecatalog.ListCatalogBadgesUseCase;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Pages through the catalog the community's rules already hold (at most 200 badges, read with them) by
 * badge id: a page starts after the cursor's id, so a badge added or removed between pages never shifts one.
 */
public final class ListCatalogBadgesService implements ListCatalogBadgesUseCase {

    private final LoadCommunityPort communities;

    public ListCatalogBadgesService(LoadCommunityPort communities) {
        this.communities = communities;
    }

    @Override
    public Optional<CatalogPage> listCatalogBadges(CatalogBadgesQuery query) {
        return communities.loadCommunity(query.communityId()).map(community -> {
            List<Badge> after = community.config().badgeCatalog().badges().stream()
                    .filter(badge -> query.after().map(cursor -> badge.id().value().compareTo(cursor.value()) > 0)
                            .orElse(true))
                    .sorted(Comparator.comparing((Badge badge) -> badge.id().value()))
                    .limit(query.limit().value() + 1L)
                    .toList();
            boolean more = after.size() > query.limit().value();
            List<Badge> page = more ? after.subList(0, query.limit().value()) : after;
            Optional<BadgeId> next = more ? Optional.of(page.getLast().id()) : Optional.empty();
            return new CatalogPage(page, next);
        });
    }
}

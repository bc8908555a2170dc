package dev.tiergate.application.port.in.badgecatalog;

import java.util.Optional;

/** Pages through a community's badge catalog by badge id (keyset); empty for a guild Tiergate never saw. */
public interface ListCatalogBadgesUseCase {

    Optional<CatalogPage> listCatalogBadges(CatalogBadgesQuery query);
}

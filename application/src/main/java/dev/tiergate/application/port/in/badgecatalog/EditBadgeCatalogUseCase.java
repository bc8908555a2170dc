package dev.tiergate.application.port.in.badgecatalog;

/**
 * Adds, changes or removes a contribution badge of a community's catalog (creating the community with
 * default rules when its guild was never seen); the catalog stays valid: at most 200 badges, ids and
 * names each once.
 */
public interface EditBadgeCatalogUseCase {

    CatalogEditResult editBadgeCatalog(EditBadgeCatalogCommand command);
}

package dev.tiergate.application.port.in.badgecatalog;

import dev.tiergate.domain.community.CommunityId;
import java.util.Objects;

/** Edits one badge of a community's catalog. */
public record EditBadgeCatalogCommand(CommunityId communityId, CatalogChange change) {

    public EditBadgeCatalogCommand {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(change, "change");
    }
}

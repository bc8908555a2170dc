package dev.tiergate.application.port.in.badgecatalog;

import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeId;

/** What editing a catalog did; every outcome but the first three left the catalog as it was. */
public sealed interface CatalogEditResult {

    record Added(Badge badge) implements CatalogEditResult {
    }

    record Changed(Badge badge) implements CatalogEditResult {
    }

    record Removed(BadgeId badge) implements CatalogEditResult {
    }

    /** The catalog lists no badge with this id. */
    record UnknownBadge(BadgeId badge) implements CatalogEditResult {
    }

    /** A badge with this id is listed already. */
    record AlreadyListed(Badge badge) implements CatalogEditResult {
    }

    /** Automatic badges follow their rules: they are not edited by hand. */
    record Automatic(Badge badge) implements CatalogEditResult {
    }

    /** The badge was awarded at least once; removing it would erase that history. */
    record EverAwarded(Badge badge) implements CatalogEditResult {
    }

    /** A value is not allowed; {@code field} names it. */
    record Invalid(String field, String problem) implements CatalogEditResult {
    }
}

package dev.tiergate.application.port.in.badgecatalog;

import dev.tiergate.domain.badge.BadgeId;
import java.util.Objects;
import java.util.Optional;

/**
 * One edit of a catalog by hand. Only contribution badges are added, changed or removed by hand: the
 * automatic badges follow their rules and stay as they are.
 */
public sealed interface CatalogChange {

    /** The badge the change is about. */
    BadgeId badge();

    /** A new contribution badge; name, emoji and description are untrusted input, checked by the domain. */
    record Add(BadgeId badge, String name, String emoji, String description) implements CatalogChange {
        public Add {
            Objects.requireNonNull(badge, "badge");
        }
    }

    /** New values for some of a contribution badge's texts; an empty one keeps the current text. */
    record Change(BadgeId badge, Optional<String> name, Optional<String> emoji, Optional<String> description)
            implements CatalogChange {
        public Change {
            Objects.requireNonNull(badge, "badge");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(emoji, "emoji");
            Objects.requireNonNull(description, "description");
        }
    }

    /** Removes a contribution badge nobody was ever awarded (a removal would erase award history). */
    record Remove(BadgeId badge) implements CatalogChange {
        public Remove {
            Objects.requireNonNull(badge, "badge");
        }
    }
}

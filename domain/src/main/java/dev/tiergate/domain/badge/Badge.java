package dev.tiergate.domain.badge;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.Objects;

/** One entry of a community's badge catalog. */
public record Badge(BadgeId id, String name, String emoji, BadgeCategory category, String description) {

    /** Room for a custom Discord emoji ({@code <:name:id>}), not only a Unicode one. */
    public static final int MAX_EMOJI_LENGTH = 64;

    public Badge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new InvalidFieldException("badge.name", "must be 1 to 64 characters");
        }
        if (description == null || description.length() > 200) {
            throw new InvalidFieldException("badge.description", "must be at most 200 characters");
        }
        if (emoji == null || emoji.isBlank() || emoji.length() > MAX_EMOJI_LENGTH) {
            throw new InvalidFieldException("badge.emoji", "must be 1 to " + MAX_EMOJI_LENGTH + " characters");
        }
    }

    /** Only contribution badges are awarded by hand; the others follow their automatic rules. */
    public boolean isAwardableByHand() {
        return category == BadgeCategory.CONTRIBUTION;
    }
}

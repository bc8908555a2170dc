package dev.tiergate.domain.badge;

import dev.tiergate.domain.shared.InvalidFieldException;

/** One entry of a community's badge catalog. */
public record Badge(BadgeId id, String name, String emoji, BadgeCategory category, String description) {

    public Badge {
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new InvalidFieldException("badge.name", "must be 1 to 64 characters");
        }
        if (description == null || description.length() > 200) {
            throw new InvalidFieldException("badge.description", "must be at most 200 characters");
        }
    }

    /** Only contribution badges are awarded by hand; the others follow their automatic rules. */
    public boolean isAwardableByHand() {
        return category == BadgeCategory.CONTRIBUTION;
    }
}

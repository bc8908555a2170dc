package dev.tiergate.domain.badge;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.regex.Pattern;

/** A badge's stable id in a community's catalog: a lower-case slug such as {@code water-sharer}. */
public record BadgeId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public BadgeId {
        if (value == null || value.length() > 32 || !SLUG.matcher(value).matches()) {
            throw new InvalidFieldException("badge", "must be a lower-case slug of at most 32 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

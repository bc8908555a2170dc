package dev.tiergate.domain.profile;

import dev.tiergate.domain.shared.InvalidFieldException;

/** A member's short self-description (at most 160 characters); rendered without pings. */
public record Bio(String value) {

    public static final int MAX_LENGTH = 160;
    public static final Bio EMPTY = new Bio("");

    public Bio {
        if (value == null) {
            value = "";
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidFieldException("bio", "must be at most 160 characters");
        }
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }
}

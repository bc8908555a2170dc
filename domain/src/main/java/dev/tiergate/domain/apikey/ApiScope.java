package dev.tiergate.domain.apikey;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.Locale;

/**
 * What an API key may do. Declared from least to most: each scope includes every scope declared
 * before it, so ADMIN ⊇ WRITE ⊇ READ.
 */
public enum ApiScope {
    READ, WRITE, ADMIN;

    /** Whether a key of this scope may call a route that requires {@code required}. */
    public boolean includes(ApiScope required) {
        return compareTo(required) >= 0;
    }

    /** The lower-case name the API and the command line use: {@code read}, {@code write}, {@code admin}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a {@link #label()}; anything else names the field in its refusal. */
    public static ApiScope fromLabel(String label) {
        for (ApiScope scope : values()) {
            if (scope.label().equals(label)) {
                return scope;
            }
        }
        throw new InvalidFieldException("scope", "must be read, write or admin");
    }
}

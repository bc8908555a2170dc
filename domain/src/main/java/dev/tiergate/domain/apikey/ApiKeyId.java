package dev.tiergate.domain.apikey;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.regex.Pattern;

/**
 * The name of an API key: eight base62 characters, the part of the key that is not secret. It finds
 * the key's stored hash, appears in lists and audit rows, and revokes the key.
 */
public record ApiKeyId(String value) {

    public static final int LENGTH = 8;
    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z]{" + LENGTH + "}");

    public ApiKeyId {
        if (!isValid(value)) {
            throw new InvalidFieldException("id", "not an API key id (8 letters or digits)");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}

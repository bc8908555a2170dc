package dev.tiergate.domain.profile;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A member's public name: 3–32 letters, digits, {@code _ - .} and single inner spaces, unique
 * per community case-insensitively (compare {@link #key()}).
 */
public record Nym(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 32;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}_.-]+( [\\p{L}\\p{N}_.-]+)*");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^\\p{L}\\p{N}_. -]");

    public Nym {
        if (value == null) {
            throw new InvalidFieldException("nym", "is required");
        }
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new InvalidFieldException("nym", "must be 3 to 32 characters");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidFieldException("nym", "may use letters, digits, _ - . and single spaces only");
        }
    }

    /** The case-insensitive identity under which nyms must be unique in a community. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    /**
     * The default nym for a Discord username: disallowed characters dropped, spaces folded,
     * cut to 32 and padded when too short. {@code fallback} is used when nothing usable is left.
     */
    public static Nym fromUsername(String username, String fallback) {
        String cleaned = username == null ? "" : Normalizer.normalize(username, Normalizer.Form.NFKC);
        cleaned = NOT_ALLOWED.matcher(cleaned).replaceAll("").trim().replaceAll(" +", " ");
        cleaned = truncate(cleaned, MAX_LENGTH).trim();
        if (cleaned.isEmpty()) {
            cleaned = fallback;
        }
        while (cleaned.codePointCount(0, cleaned.length()) < MIN_LENGTH) {
            cleaned = cleaned + "_";
        }
        return new Nym(cleaned);
    }

    /** This nym with a numeric suffix, for a collision; the base is cut so it still fits. */
    public Nym withSuffix(int number) {
        String suffix = "-" + number;
        return new Nym(truncate(value, MAX_LENGTH - suffix.length()).trim() + suffix);
    }

    private static String truncate(String text, int codePoints) {
        if (text.codePointCount(0, text.length()) <= codePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }

    @Override
    public String toString() {
        return value;
    }
}

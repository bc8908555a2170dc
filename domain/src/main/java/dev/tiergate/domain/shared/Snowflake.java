package dev.tiergate.domain.shared;

import java.time.Instant;

/** Discord's ids: decimal strings of 17–20 digits whose high bits are a creation time. */
public final class Snowflake {

    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    private Snowflake() {
    }

    public static boolean isValid(String value) {
        if (!isAsciiNumber(value)) {
            return false;
        }
        try {
            Long.parseUnsignedLong(value);
            return true;
        } catch (NumberFormatException outOfRange) {
            return false;
        }
    }

    /**
     * 17–20 ASCII digits, the first not 0. Checked by hand: every interaction carries several ids, and
     * a regular expression for each was a measurable share of handling one.
     */
    private static boolean isAsciiNumber(String value) {
        if (value == null || value.length() < 17 || value.length() > 20 || value.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Returns the value when it is a snowflake; otherwise names the field that is not. */
    public static String require(String value, String field) {
        if (!isValid(value)) {
            throw new InvalidFieldException(field, "not a Discord snowflake");
        }
        return value;
    }

    /** When Discord created the object with this id. */
    public static Instant createdAt(String value) {
        long id = Long.parseUnsignedLong(require(value, "snowflake"));
        return Instant.ofEpochMilli((id >>> 22) + DISCORD_EPOCH_MILLIS);
    }

    /** Numeric order of two snowflakes without parsing: longer is larger, then digit by digit. */
    public static int compare(String left, String right) {
        int byLength = Integer.compare(left.length(), right.length());
        return byLength != 0 ? byLength : left.compareTo(right);
    }
}

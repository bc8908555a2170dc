package dev.tiergate.adapter.out.discord;

/**
 * Fits text into one of Discord's length limits, cutting from the end and marking the cut with
 * {@value #ELLIPSIS}. Lengths are UTF-16 code units ({@link String#length()}); Discord counts code
 * points, which are never more, so what fits here fits there. Cuts never split a surrogate pair.
 */
final class DiscordText {

    static final String ELLIPSIS = "…";
    /** Stands in where Discord demands text and the reply has none. */
    static final String EMPTY_TEXT = "—";

    private DiscordText() {
    }

    /** Null when blank (Discord then leaves the member out), else the text fitted to {@code limit}. */
    static String optional(String text, int limit) {
        return text == null || text.isBlank() ? null : fit(text, limit);
    }

    /** {@link #EMPTY_TEXT} when blank, else the text fitted to {@code limit}. */
    static String required(String text, int limit) {
        return text == null || text.isBlank() ? EMPTY_TEXT : fit(text, limit);
    }

    static String fit(String text, int limit) {
        return text.length() <= limit ? text : cut(text, limit);
    }

    /** At most {@code limit} units of {@code text}, ending in the ellipsis, without splitting a surrogate pair. */
    static String cut(String text, int limit) {
        int keep = limit - ELLIPSIS.length();
        if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + ELLIPSIS;
    }
}

package dev.tiergate.application.service.interaction;

import dev.tiergate.domain.profile.Nym;
import java.util.regex.Pattern;

/**
 * Member- and admin-written text as replies show it: never a ping (every {@code @} is followed by an
 * invisible joiner, on top of the adapter's "no mentions allowed"), and, where it must read literally,
 * with Discord's markdown characters escaped.
 */
final class SafeText {

    private static final Pattern MARKDOWN = Pattern.compile("([\\\\*_~`|>#\\[\\]()])");
    private static final String ZERO_WIDTH_JOINER = "\u200D";

    private SafeText() {
    }

    /** Shown exactly as written: markdown escaped and mentions broken. */
    static String literal(String text) {
        return mentionFree(MARKDOWN.matcher(text).replaceAll("\\\\$1"));
    }

    /** Formatting kept as the member typed it (a bio), mentions broken. */
    static String mentionFree(String text) {
        return text.replace("@", "@" + ZERO_WIDTH_JOINER);
    }

    /** A nym in bold, shown literally (a nym may hold {@code _}). */
    static String nym(Nym nym) {
        return "**" + literal(nym.value()) + "**";
    }
}

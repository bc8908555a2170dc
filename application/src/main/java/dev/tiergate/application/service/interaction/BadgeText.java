package dev.tiergate.application.service.interaction;

import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.HeldBadge;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How badges read in replies: emoji and name in bold, shown literally (see {@link SafeText}), so an
 * admin's catalog text never formats or pings.
 */
final class BadgeText {

    private BadgeText() {
    }

    static String badge(Badge badge) {
        return SafeText.literal(badge.emoji()) + " **" + SafeText.literal(badge.name()) + "**";
    }

    /** One line of a badge list: the badge and the day it was awarded (UTC). */
    static String held(HeldBadge held) {
        return badge(held.badge()) + " · since " + held.awardedAt().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** A held-badge count with the recent ones, e.g. "3 · 🌅 **OG**, 🎖️ **Veteran**"; "None yet" without badges. */
    static String summary(int count, List<HeldBadge> recent) {
        if (count == 0) {
            return "None yet";
        }
        return count + " · " + recent.stream().map(h -> badge(h.badge())).collect(Collectors.joining(", "));
    }
}

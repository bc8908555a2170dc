package dev.tiergate.application.port.in.badge;

import dev.tiergate.domain.badge.BadgeId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where a page of a member's badges ends: the last award's time and badge. A member holds a badge at most
 * once, so the pair orders held badges totally (most recent first, then by badge id).
 */
public record MemberBadgeCursor(Instant awardedAt, BadgeId badge) implements Comparable<MemberBadgeCursor> {

    private static final Comparator<MemberBadgeCursor> ORDER = Comparator.comparing(MemberBadgeCursor::awardedAt)
            .reversed().thenComparing(cursor -> cursor.badge().value());

    public MemberBadgeCursor {
        Objects.requireNonNull(awardedAt, "awardedAt");
        Objects.requireNonNull(badge, "badge");
    }

    @Override
    public int compareTo(MemberBadgeCursor other) {
        return ORDER.compare(this, other);
    }
}

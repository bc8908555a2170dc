package dev.tiergate.domain.badge;

import java.time.Instant;
import java.util.Objects;

/** One award of a badge to a member that still holds it: when, by whom and why. */
public record BadgeAward(BadgeId badge, Instant awardedAt, AwardSource awardedBy, String reason) {

    public static final int MAX_REASON_LENGTH = 500;

    public BadgeAward {
        Objects.requireNonNull(badge, "badge");
        Objects.requireNonNull(awardedAt, "awardedAt");
        Objects.requireNonNull(awardedBy, "awardedBy");
        Objects.requireNonNull(reason, "reason");
    }
}

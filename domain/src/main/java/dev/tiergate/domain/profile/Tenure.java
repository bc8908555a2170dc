package dev.tiergate.domain.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** How long a member has belonged, as the directory and profile show it. */
public enum Tenure {
    OG, ELDER, VETERAN, MEMBER;

    private static final Duration OG_WINDOW = Duration.ofDays(30);
    private static final Duration VETERAN_AFTER = Duration.ofDays(90);
    private static final Duration ELDER_AFTER = Duration.ofDays(180);

    /** OG (joined within 30 days of launch) outranks elder (≥ 180 days) and veteran (≥ 90 days). */
    public static Tenure of(Instant joinedAt, Optional<Instant> launchedAt, Instant now) {
        if (launchedAt.isPresent() && !joinedAt.isAfter(launchedAt.get().plus(OG_WINDOW))) {
            return OG;
        }
        Duration membership = Duration.between(joinedAt, now);
        if (membership.compareTo(ELDER_AFTER) >= 0) {
            return ELDER;
        }
        return membership.compareTo(VETERAN_AFTER) >= 0 ? VETERAN : MEMBER;
    }
}

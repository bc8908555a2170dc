package dev.tiergate.domain.ratelimit;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.time.Duration;

/**
 * A named limit: at most {@code burst} at once and {@code permits} per {@code period} after
 * that, so over any window t a key is allowed at most burst + rate·t requests.
 */
public record RateLimitPolicy(String name, int permits, Duration period, int burst, FailureMode failureMode) {

    public static final RateLimitPolicy MEMBER_COMMANDS =
            new RateLimitPolicy("member-commands", 5, Duration.ofSeconds(10), 5, FailureMode.OPEN);
    public static final RateLimitPolicy GUILD_COMMANDS =
            new RateLimitPolicy("guild-commands", 100, Duration.ofSeconds(1), 100, FailureMode.OPEN);
    public static final RateLimitPolicy ADMIN_API =
            new RateLimitPolicy("admin-api", 60, Duration.ofMinutes(1), 60, FailureMode.CLOSED);
    public static final RateLimitPolicy BADGE_AWARDS =
            new RateLimitPolicy("badge-awards", 30, Duration.ofMinutes(1), 10, FailureMode.CLOSED);
    public static final RateLimitPolicy DIRECTORY_REFRESH =
            new RateLimitPolicy("directory-refresh", 1, Duration.ofSeconds(2), 1, FailureMode.OPEN);

    public RateLimitPolicy {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("rate_limit.name", "is required");
        }
        if (permits < 1 || burst < 1) {
            throw new InvalidFieldException("rate_limit." + name, "needs at least one permit and a burst of one");
        }
        if (period.isZero() || period.isNegative()) {
            throw new InvalidFieldException("rate_limit." + name, "needs a positive period");
        }
    }

    /** The time one permit takes to come back (GCRA's emission interval), in nanoseconds. */
    public long emissionIntervalNanos() {
        return Math.max(1, period.toNanos() / permits);
    }
}

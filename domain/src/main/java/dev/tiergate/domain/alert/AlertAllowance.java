package dev.tiergate.domain.alert;

import java.time.Duration;
import java.util.Objects;

/**
 * How many alerts a frequency lets reach a member within a rolling window: {@code daily} is one per
 * 24 hours, {@code N/week} is N per 7 days. Only alerts actually sent count against it.
 */
public record AlertAllowance(int limit, Duration window) {

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration WEEK = Duration.ofDays(7);

    public AlertAllowance {
        Objects.requireNonNull(window, "window");
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("an allowance needs a positive limit and window");
        }
    }

    public static AlertAllowance of(AlertFrequency frequency) {
        return frequency == AlertFrequency.DAILY ? new AlertAllowance(1, DAY)
                : new AlertAllowance(frequency.perWeek(), WEEK);
    }

    /** Whether one more alert may go out when {@code sentInWindow} were sent within the window. */
    public boolean allowsAnother(int sentInWindow) {
        return sentInWindow < limit;
    }
}

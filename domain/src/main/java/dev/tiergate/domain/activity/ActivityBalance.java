package dev.tiergate.domain.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A member's activity points as of {@code asOf}. The balance decays ×0.9 every 6 hours,
 * continuously and lazily: it is computed from the last update, so no job has to touch idle members.
 */
public record ActivityBalance(double points, Instant asOf) {

    public static final double DECAY_PER_PERIOD = 0.9;
    public static final Duration DECAY_PERIOD = Duration.ofHours(6);
    private static final double PERIOD_MILLIS = DECAY_PERIOD.toMillis();

    public ActivityBalance {
        if (!(points >= 0) || Double.isInfinite(points)) {
            throw new IllegalArgumentException("activity points are a finite non-negative number");
        }
        Objects.requireNonNull(asOf, "asOf");
    }

    public static ActivityBalance none(Instant asOf) {
        return new ActivityBalance(0, asOf);
    }

    /** The balance decayed to {@code now}; a {@code now} before {@code asOf} changes nothing. */
    public ActivityBalance decayedTo(Instant now) {
        long elapsed = Duration.between(asOf, now).toMillis();
        if (elapsed <= 0) {
            return this;
        }
        return new ActivityBalance(points * Math.pow(DECAY_PER_PERIOD, elapsed / PERIOD_MILLIS), now);
    }

    /** The balance at {@code at} with {@code earned} points added after decaying to that instant. */
    public ActivityBalance plus(double earned, Instant at) {
        ActivityBalance decayed = decayedTo(at);
        return new ActivityBalance(decayed.points + earned, decayed.asOf.isAfter(at) ? decayed.asOf : at);
    }

    /**
     * A number that orders members by their balances decayed to any common instant, so a stored
     * column can be indexed once instead of rewritten as time passes: ln(points) + periods(asOf)·ln(1/0.9).
     * Empty balances have no order key (they sort last).
     */
    public OptionalDouble orderKey() {
        if (points <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.log(points) + asOf.toEpochMilli() / PERIOD_MILLIS * -Math.log(DECAY_PER_PERIOD));
    }
}

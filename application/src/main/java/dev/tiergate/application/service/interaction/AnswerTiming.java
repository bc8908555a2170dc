package dev.tiergate.application.service.interaction;

import java.time.Duration;

/**
 * Discord's clock for an interaction: the initial response must land within {@code expireAfter}
 * of its creation; an answer not ready by {@code deferAfter} is deferred and edited in later,
 * waiting at most {@code editWithin} more. Deferring at 2 s of age leaves the deferral a second to
 * reach Discord; an answer that is ready before then goes out as one call instead of two, which is
 * what lets a replica that has fallen a second behind (a cold start under load) catch up again.
 */
public record AnswerTiming(Duration deferAfter, Duration expireAfter, Duration editWithin) {

    public static final AnswerTiming DISCORD = new AnswerTiming(Duration.ofMillis(2000), Duration.ofSeconds(3),
            Duration.ofSeconds(30));
    /**
     * How long an interaction that arrives after {@code deferAfter} (a replica behind its queue) may still
     * take to be answered in one call: most answers are ready in milliseconds, and deferring at once would
     * spend two Discord calls on each, which keeps a replica behind.
     */
    static final Duration LATE_ARRIVAL_GRACE = Duration.ofMillis(250);
    /** The longest a deferral may take to reach Discord. */
    static final Duration DEFERRAL_IN_FLIGHT = Duration.ofMillis(600);

    public AnswerTiming {
        if (deferAfter.compareTo(expireAfter) >= 0) {
            throw new IllegalArgumentException("deferral must come before the interaction expires");
        }
    }

    /**
     * How long to wait, at age {@code age}, for the answer before deferring: until {@code deferAfter}, or
     * for one that arrived later the {@link #LATE_ARRIVAL_GRACE}, but never past the last moment a deferral
     * still reaches Discord in time. Zero or less: defer now.
     */
    Duration waitBeforeDeferring(Duration age) {
        if (age.compareTo(deferAfter) < 0) {
            return deferAfter.minus(age);
        }
        Duration lastDeferral = expireAfter.minus(DEFERRAL_IN_FLIGHT);
        Duration until = age.plus(LATE_ARRIVAL_GRACE);
        return (until.compareTo(lastDeferral) < 0 ? until : lastDeferral).minus(age);
    }
}

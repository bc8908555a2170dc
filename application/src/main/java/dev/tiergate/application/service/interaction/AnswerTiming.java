package dev.tiergate.application.service.interaction;

import java.time.Duration;

/**
 * Discord's clock for an interaction: the initial response must land within {@code expireAfter}
 * of its creation; an answer not ready by {@code deferAfter} is deferred and edited in later,
 * waiting at most {@code editWithin} more. Deferring at 1 s of age leaves the deferral half a second
 * to reach Discord before 1.5 s.
 */
public record AnswerTiming(Duration deferAfter, Duration expireAfter, Duration editWithin) {

    public static final AnswerTiming DISCORD = new AnswerTiming(Duration.ofMillis(1000), Duration.ofSeconds(3),
            Duration.ofSeconds(30));

    public AnswerTiming {
        if (deferAfter.compareTo(expireAfter) >= 0) {
            throw new IllegalArgumentException("deferral must come before the interaction expires");
        }
    }
}

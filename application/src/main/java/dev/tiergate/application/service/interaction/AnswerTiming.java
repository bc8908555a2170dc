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

    public AnswerTiming {
        if (deferAfter.compareTo(expireAfter) >= 0) {
            throw new IllegalArgumentException("deferral must come before the interaction expires");
        }
    }
}

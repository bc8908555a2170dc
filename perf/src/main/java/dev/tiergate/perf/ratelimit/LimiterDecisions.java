package dev.tiergate.perf.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Who made the rate-limit decisions counted so far, read from the limiter's own meters
 * ({@code ratelimit.requests}, tag {@code source}): a figure about Redis may count only those Redis
 * made, and any decision made without it (breaker open, a failed call) makes the run invalid.
 */
public record LimiterDecisions(double byRedis, double withoutRedis) {

    private static final String REQUESTS = "ratelimit.requests";

    /** The counts in {@code meters} now. */
    public static LimiterDecisions counted(MeterRegistry meters) {
        double all = meters.find(REQUESTS).counters().stream().mapToDouble(Counter::count).sum();
        double redis = meters.find(REQUESTS).tag("source", "redis").counters().stream().mapToDouble(Counter::count)
                .sum();
        return new LimiterDecisions(redis, all - redis);
    }

    /** The decisions made between {@code earlier} and this count. */
    public LimiterDecisions since(LimiterDecisions earlier) {
        return new LimiterDecisions(byRedis - earlier.byRedis, withoutRedis - earlier.withoutRedis);
    }
}

package dev.tiergate.adapter.out.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * The local fallback for fail-open limits: at most {@code maxLocalKeys} keys in memory, and how
 * long the breaker stays open (limits served from memory) before it lets a few probes reach Redis.
 */
public record RateLimiterFallbackSettings(int maxLocalKeys, Duration waitInOpenState) {

    public static final RateLimiterFallbackSettings DEFAULTS = new RateLimiterFallbackSettings(100_000, Duration.ofSeconds(5));

    public RateLimiterFallbackSettings {
        Objects.requireNonNull(waitInOpenState, "wait in open state");
        if (maxLocalKeys < 1 || maxLocalKeys > 10_000_000) {
            throw new IllegalArgumentException("local rate-limit keys must be 1 to 10000000, was " + maxLocalKeys);
        }
        if (waitInOpenState.compareTo(Duration.ofMillis(100)) < 0 || waitInOpenState.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("the breaker's open wait must be 100 ms to 10 min, was " + waitInOpenState);
        }
    }
}

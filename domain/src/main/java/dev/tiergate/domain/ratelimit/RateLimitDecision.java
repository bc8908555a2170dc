package dev.tiergate.domain.ratelimit;

import java.time.Duration;
import java.time.Instant;

/** The answer of a limit: allowed (with the state to store) or throttled (with when to retry). */
public sealed interface RateLimitDecision {

    /** Allowed; {@code theoreticalArrival} is the new state to store for the key. */
    record Allowed(Instant theoreticalArrival, int remaining) implements RateLimitDecision {
    }

    /** Refused; the state is unchanged and a retry after {@code retryAfter} will be allowed. */
    record Throttled(Duration retryAfter) implements RateLimitDecision {
    }
}

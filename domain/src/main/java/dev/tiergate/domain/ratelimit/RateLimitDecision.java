package dev.tiergate.domain.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * The answer of a limit: allowed (with the state to store), throttled (with when to retry), or
 * refused because the shared store is down and the policy fails closed.
 */
public sealed interface RateLimitDecision {

    /** Allowed; {@code theoreticalArrival} is the new state to store for the key. */
    record Allowed(Instant theoreticalArrival, int remaining) implements RateLimitDecision {
    }

    /** Refused; the state is unchanged and a retry after {@code retryAfter} will be allowed. */
    record Throttled(Duration retryAfter) implements RateLimitDecision {
    }

    /** The shared store cannot be reached and the policy fails closed: refuse, and say so. */
    record Unavailable() implements RateLimitDecision {
    }
}

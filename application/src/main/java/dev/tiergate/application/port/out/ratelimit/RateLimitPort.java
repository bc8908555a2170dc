package dev.tiergate.application.port.out.ratelimit;

import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitKey;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;

/**
 * Spends one request of a key's budget under a policy, atomically and across every replica.
 * While the shared store is down, a fail-open policy is decided by a bounded local limiter and a
 * fail-closed one answers {@link RateLimitDecision.Unavailable}. Never throws for store failures.
 */
public interface RateLimitPort {

    RateLimitDecision decide(RateLimitPolicy policy, RateLimitKey key);
}

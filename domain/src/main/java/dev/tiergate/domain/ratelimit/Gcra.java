package dev.tiergate.domain.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The generic cell rate algorithm as a pure function of the stored state (the theoretical
 * arrival time) and the current time. Each allowed request pushes the arrival time on by one
 * emission interval; a request is refused when that would put it more than a burst ahead.
 */
public final class Gcra {

    private Gcra() {
    }

    public static RateLimitDecision decide(RateLimitPolicy policy, Optional<Instant> theoreticalArrival, Instant now) {
        long interval = policy.emissionIntervalNanos();
        long tolerance = interval * policy.burst();
        Instant base = theoreticalArrival.filter(tat -> tat.isAfter(now)).orElse(now);
        Instant next = base.plusNanos(interval);
        long ahead = Duration.between(now, next).toNanos();
        if (ahead > tolerance) {
            return new RateLimitDecision.Throttled(Duration.ofNanos(ahead - tolerance));
        }
        int remaining = (int) ((tolerance - ahead) / interval);
        return new RateLimitDecision.Allowed(next, remaining);
    }
}

package dev.tiergate.adapter.out.redis;

import dev.tiergate.domain.ratelimit.Gcra;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The per-process limiter that decides fail-open policies while Redis is unavailable: the domain
 * GCRA over a map of key → theoretical arrival time (TAT) that never holds more than a fixed number
 * of keys. An entry is removed only once its TAT has passed, when it no longer holds any state, so
 * removal never resets a live budget early. When the map is full of live entries a new key is
 * throttled until the earliest of them expires, rather than evicting a live one (which would hand
 * that key a fresh burst).
 */
final class BoundedLocalLimiter {

    private static final Duration SWEEP_EVERY = Duration.ofSeconds(10);
    private static final Duration REFRESH_WHEN_FULL = Duration.ofMillis(100);
    private static final Duration SHORTEST_RETRY = Duration.ofMillis(1);

    private final int maxKeys;
    private final InstantSource clock;
    private final ConcurrentHashMap<String, Instant> arrivals = new ConcurrentHashMap<>();
    private final AtomicInteger entries = new AtomicInteger();
    /** A lower bound of every stored TAT (epoch nanoseconds): before it, no entry can be removed. */
    private final AtomicLong earliestArrival = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong nextSweep;
    private final AtomicLong lastFullSweep = new AtomicLong(Long.MIN_VALUE / 2);
    private final ReentrantLock sweeping = new ReentrantLock();

    BoundedLocalLimiter(int maxKeys, InstantSource clock) {
        this.maxKeys = maxKeys;
        this.clock = clock;
        this.nextSweep = new AtomicLong(nanos(clock.instant().plus(SWEEP_EVERY)));
    }

    RateLimitDecision decide(RateLimitPolicy policy, String key) {
        Instant now = clock.instant();
        long nowNanos = nanos(now);
        long due = nextSweep.get();
        if (nowNanos >= due && nextSweep.compareAndSet(due, nowNanos + SWEEP_EVERY.toNanos())) {
            trySweep(now);
        }
        RateLimitDecision decision = decideIfRoom(policy, key, now);
        if (decision == null && sweepWhenFull(nowNanos) && trySweep(now)) {
            decision = decideIfRoom(policy, key, now);
        }
        if (decision == null) {
            long earliest = earliestArrival.get();
            // MAX_VALUE only while another thread sweeps: a slot may be free in a moment.
            long untilFree = earliest == Long.MAX_VALUE ? 0 : earliest - nowNanos;
            return new RateLimitDecision.Throttled(Duration.ofNanos(Math.max(SHORTEST_RETRY.toNanos(), untilFree)));
        }
        return decision;
    }

    int size() {
        return entries.get();
    }

    int maxKeys() {
        return maxKeys;
    }

    /** The decision, or null when the key is new and the map has no room for it. */
    private RateLimitDecision decideIfRoom(RateLimitPolicy policy, String key, Instant now) {
        RateLimitDecision[] decision = new RateLimitDecision[1];
        arrivals.compute(key, (k, arrival) -> {
            if (arrival == null && !claimSlot()) {
                return null;
            }
            decision[0] = Gcra.decide(policy, Optional.ofNullable(arrival), now);
            if (decision[0] instanceof RateLimitDecision.Allowed allowed) {
                earliestArrival.accumulateAndGet(nanos(allowed.theoreticalArrival()), Math::min);
                return allowed.theoreticalArrival();
            }
            return arrival;
        });
        return decision[0];
    }

    /**
     * Full: sweep when an entry may have expired, or at most every {@link #REFRESH_WHEN_FULL} to
     * sharpen the earliest TAT (stored TATs only grow, so the kept bound can lag behind).
     */
    private boolean sweepWhenFull(long nowNanos) {
        long last = lastFullSweep.get();
        boolean due = nowNanos >= earliestArrival.get() || nowNanos - last >= REFRESH_WHEN_FULL.toNanos();
        return due && lastFullSweep.compareAndSet(last, nowNanos);
    }

    private boolean claimSlot() {
        return entries.getAndUpdate(n -> n < maxKeys ? n + 1 : n) < maxKeys;
    }

    /**
     * Removes the entries whose TAT has passed and recomputes the earliest TAT of the rest; one
     * thread at a time, others carry on without waiting. Concurrent stores keep the bound low.
     */
    private boolean trySweep(Instant now) {
        if (!sweeping.tryLock()) {
            return false;
        }
        try {
            earliestArrival.set(Long.MAX_VALUE);
            for (Map.Entry<String, Instant> entry : arrivals.entrySet()) {
                Instant arrival = entry.getValue();
                if (!arrival.isAfter(now)) {
                    // A TAT only ever grows, so an unchanged value is still the passed one.
                    if (arrivals.remove(entry.getKey(), arrival)) {
                        entries.decrementAndGet();
                    }
                } else {
                    earliestArrival.accumulateAndGet(nanos(arrival), Math::min);
                }
            }
            return true;
        } finally {
            sweeping.unlock();
        }
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}

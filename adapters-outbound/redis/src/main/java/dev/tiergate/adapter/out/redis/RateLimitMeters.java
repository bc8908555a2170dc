package dev.tiergate.adapter.out.redis;

import dev.tiergate.domain.ratelimit.RateLimitDecision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate-limit meters, labelled only by policy name, result and source (never a member, guild
 * or key id): ratelimit_requests_total, ratelimit_rejected_total (throttled or unavailable) and
 * the local store's ratelimit_memory_store_entries and ratelimit_memory_store_max_size.
 */
final class RateLimitMeters {

    /** Who decided: Redis, the local fallback, or nobody (a fail-closed policy without Redis). */
    enum Source {
        REDIS, MEMORY, NONE;

        final String label = name().toLowerCase(Locale.ROOT);
    }

    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, PolicyCounters> byPolicy = new ConcurrentHashMap<>();

    RateLimitMeters(MeterRegistry registry, BoundedLocalLimiter local) {
        this.registry = registry;
        Gauge.builder("ratelimit.memory.store.entries", local, BoundedLocalLimiter::size)
                .description("Keys held by the local fallback limiter")
                .strongReference(true)
                .register(registry);
        Gauge.builder("ratelimit.memory.store.max.size", local, BoundedLocalLimiter::maxKeys)
                .description("The most keys the local fallback limiter may hold")
                .strongReference(true)
                .register(registry);
    }

    /** Counts the decision and hands it back. */
    RateLimitDecision count(String policy, Source source, RateLimitDecision decision) {
        PolicyCounters counters = byPolicy.computeIfAbsent(policy, this::register);
        switch (decision) {
            case RateLimitDecision.Allowed allowed -> (source == Source.REDIS ? counters.allowedRedis() : counters.allowedMemory()).increment();
            case RateLimitDecision.Throttled throttled -> {
                (source == Source.REDIS ? counters.throttledRedis() : counters.throttledMemory()).increment();
                counters.rejected().increment();
            }
            case RateLimitDecision.Unavailable unavailable -> {
                counters.unavailable().increment();
                counters.rejected().increment();
            }
        }
        return decision;
    }

    /** Registers every series a policy can have, so that each starts at zero. */
    private PolicyCounters register(String policy) {
        return new PolicyCounters(
                requests(policy, "allowed", Source.REDIS), requests(policy, "throttled", Source.REDIS),
                requests(policy, "allowed", Source.MEMORY), requests(policy, "throttled", Source.MEMORY),
                requests(policy, "unavailable", Source.NONE),
                Counter.builder("ratelimit.rejected").description("Requests refused: throttled or unavailable")
                        .tag("policy", policy).register(registry));
    }

    private Counter requests(String policy, String result, Source source) {
        return Counter.builder("ratelimit.requests").description("Rate-limit decisions")
                .tag("policy", policy).tag("result", result).tag("source", source.label)
                .register(registry);
    }

    private record PolicyCounters(Counter allowedRedis, Counter throttledRedis, Counter allowedMemory,
            Counter throttledMemory, Counter unavailable, Counter rejected) {
    }
}

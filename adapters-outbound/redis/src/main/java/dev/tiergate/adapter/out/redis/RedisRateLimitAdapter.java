package dev.tiergate.adapter.out.redis;

import dev.tiergate.adapter.out.redis.RateLimitMeters.Source;
import dev.tiergate.application.port.out.ratelimit.RateLimitPort;
import dev.tiergate.domain.ratelimit.FailureMode;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitKey;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides limits with gcra.lua in one EVALSHA on the shared connection, under the "redis" circuit
 * breaker. When the breaker refuses the call or Redis fails (each bounded by the command timeout),
 * a fail-open policy is decided by the bounded local limiter and a fail-closed one is
 * {@link RateLimitDecision.Unavailable}; store failures never throw. Keys are
 * {@code tiergate:<community>:<policy>:<subject>}.
 */
public final class RedisRateLimitAdapter implements RateLimitPort {

    private static final Logger LOG = LoggerFactory.getLogger(RedisRateLimitAdapter.class);

    private final RedisConnection connection;
    private final RedisCircuitBreaker breaker;
    private final BoundedLocalLimiter local;
    private final RateLimitMeters meters;

    public RedisRateLimitAdapter(RedisConnection connection, MeterRegistry meters, RateLimiterFallbackSettings fallback) {
        this.connection = connection;
        this.breaker = new RedisCircuitBreaker(connection.commandTimeout(), fallback.waitInOpenState(), meters);
        this.local = new BoundedLocalLimiter(fallback.maxLocalKeys(), InstantSource.system());
        this.meters = new RateLimitMeters(meters, local);
    }

    @Override
    public RateLimitDecision decide(RateLimitPolicy policy, RateLimitKey key) {
        try {
            // Completes within the command timeout (three of them on the rare NOSCRIPT path).
            return decideAsync(policy, key).toCompletableFuture().join();
        } catch (RuntimeException unexpected) {
            LOG.warn("Rate-limit decision failed unexpectedly; deciding without Redis", unexpected);
            return withoutRedis(policy, redisKey(key));
        }
    }

    /** The same decision without blocking: it completes on Lettuce's threads, never exceptionally. */
    CompletionStage<RateLimitDecision> decideAsync(RateLimitPolicy policy, RateLimitKey key) {
        String redisKey = redisKey(key);
        if (!breaker.tryAcquirePermission()) {
            return CompletableFuture.completedFuture(withoutRedis(policy, redisKey));
        }
        long start = System.nanoTime();
        CompletionStage<GcraScript.Reply> reply;
        try {
            reply = GcraScript.run(connection.commands(), redisKey, intervalMicros(policy), policy.burst());
        } catch (RuntimeException notSent) {
            reply = CompletableFuture.failedStage(notSent);
        }
        return reply.handle((answer, failure) -> {
            if (failure != null) {
                breaker.recordFailure(start, RedisScript.unwrap(failure));
                LOG.debug("Redis rate-limit call failed: {}", RedisScript.unwrap(failure).toString());
                return withoutRedis(policy, redisKey);
            }
            breaker.recordSuccess(start);
            return meters.count(policy.name(), Source.REDIS, fromRedis(answer));
        });
    }

    RedisCircuitBreaker circuitBreaker() {
        return breaker;
    }

    static String redisKey(RateLimitKey key) {
        return "tiergate:" + key.communityId().value() + ':' + key.policy() + ':' + key.subject();
    }

    /** The emission interval in whole microseconds (Redis TIME's resolution), at least one. */
    static long intervalMicros(RateLimitPolicy policy) {
        return Math.max(1, policy.emissionIntervalNanos() / 1_000);
    }

    private RateLimitDecision withoutRedis(RateLimitPolicy policy, String redisKey) {
        return policy.failureMode() == FailureMode.OPEN
                ? meters.count(policy.name(), Source.MEMORY, local.decide(policy, redisKey))
                : meters.count(policy.name(), Source.NONE, new RateLimitDecision.Unavailable());
    }

    private static RateLimitDecision fromRedis(GcraScript.Reply reply) {
        return reply.allowed()
                ? new RateLimitDecision.Allowed(instant(reply.arrivalMicros()), (int) reply.remaining())
                : new RateLimitDecision.Throttled(Duration.ofNanos(reply.retryAfterMicros() * 1_000));
    }

    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000);
    }
}

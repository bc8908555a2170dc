package dev.tiergate.adapter.out.redis;

import dev.tiergate.application.port.out.health.DependencyHealth;
import dev.tiergate.application.port.out.health.DependencyHealthPort;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Redis for readiness: up while the breaker is closed and a PING answers within the command
 * timeout; degraded, never down, otherwise, because fail-open limits are then served from local
 * memory. The PING goes through the rate limiter's breaker like any call, so readiness probes also
 * serve as half-open probes and close the breaker when no traffic does.
 */
public final class RedisHealthAdapter implements DependencyHealthPort {

    private static final String NAME = "redis";

    private final RedisConnection connection;
    private final RedisCircuitBreaker breaker;

    public RedisHealthAdapter(RedisConnection connection, RedisRateLimitAdapter rateLimits) {
        this.connection = connection;
        this.breaker = rateLimits.circuitBreaker();
    }

    @Override
    public DependencyHealth checkHealth() {
        if (!breaker.tryAcquirePermission()) {
            return degraded(breaker.state() == CircuitBreaker.State.HALF_OPEN
                    ? "circuit half-open: probing, limits from local memory"
                    : "circuit open: limits from local memory");
        }
        long start = System.nanoTime();
        try {
            connection.commands().ping().toCompletableFuture()
                    .get(connection.commandTimeout().multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
            breaker.recordSuccess(start);
        } catch (ExecutionException failed) {
            breaker.recordFailure(start, failed.getCause());
            return degraded("unreachable: limits from local memory");
        } catch (TimeoutException | RuntimeException failed) {
            breaker.recordFailure(start, failed);
            return degraded("unreachable: limits from local memory");
        } catch (InterruptedException interrupted) {
            breaker.recordFailure(start, interrupted);
            Thread.currentThread().interrupt();
            return degraded("check interrupted");
        }
        return breaker.state() == CircuitBreaker.State.CLOSED
                ? new DependencyHealth(NAME, DependencyHealth.State.UP, "ping ok")
                : degraded("circuit half-open: probing, limits from local memory");
    }

    private static DependencyHealth degraded(String detail) {
        return new DependencyHealth(NAME, DependencyHealth.State.DEGRADED, detail);
    }
}

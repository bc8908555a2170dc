package dev.tiergate.adapter.out.redis;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resilience4j breaker "redis": over the last 20 calls (once 10 are in), 50 % failed or 50 %
 * slower than half the command timeout opens it; after the open wait, half-open lets exactly
 * {@link #HALF_OPEN_PROBES} calls through (every other call is refused as if open), and their
 * success closes it. Each permitted call must be recorded exactly once, or half-open never ends.
 */
final class RedisCircuitBreaker {

    static final String NAME = "redis";
    static final int SLIDING_WINDOW_CALLS = 20;
    static final int MINIMUM_CALLS = 10;
    static final int HALF_OPEN_PROBES = 3;

    private static final Logger LOG = LoggerFactory.getLogger(RedisCircuitBreaker.class);

    private final CircuitBreaker breaker;
    private final Counter failures;

    RedisCircuitBreaker(Duration commandTimeout, Duration waitInOpenState, MeterRegistry meters) {
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindow(SLIDING_WINDOW_CALLS, MINIMUM_CALLS, CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(50)
                .slowCallDurationThreshold(commandTimeout.dividedBy(2))
                .slowCallRateThreshold(50)
                .waitDurationInOpenState(waitInOpenState)
                .permittedNumberOfCallsInHalfOpenState(HALF_OPEN_PROBES)
                .writableStackTraceEnabled(false)
                .build();
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(config);
        this.breaker = registry.circuitBreaker(NAME);
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        Gauge.builder("circuit.breaker.state", breaker, b -> stateCode(b.getState()))
                .description("0 closed, 1 open, 2 half-open")
                .tag("name", NAME)
                .strongReference(true)
                .register(meters);
        this.failures = Counter.builder("circuit.breaker.failures")
                .description("Calls to Redis that failed or timed out")
                .tag("name", NAME)
                .register(meters);
        breaker.getEventPublisher().onStateTransition(event -> {
            switch (event.getStateTransition().getToState()) {
                case OPEN -> LOG.warn("Redis circuit open: fail-open limits come from local memory, fail-closed ones refuse");
                case HALF_OPEN -> LOG.info("Redis circuit half-open: probing Redis with {} calls", HALF_OPEN_PROBES);
                case CLOSED -> LOG.info("Redis circuit closed: limits come from Redis again");
                default -> LOG.info("Redis circuit {}", event.getStateTransition());
            }
        });
    }

    /** Whether this call may go to Redis; when true, exactly one of the record methods must follow. */
    boolean tryAcquirePermission() {
        return breaker.tryAcquirePermission();
    }

    void recordSuccess(long startNanos) {
        breaker.onSuccess(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    void recordFailure(long startNanos, Throwable failure) {
        failures.increment();
        breaker.onError(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS, failure);
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    /** The circuit_breaker_state value: 0 closed, 1 open, 2 half-open. */
    static int stateCode(CircuitBreaker.State state) {
        return switch (state) {
            case CLOSED, DISABLED, METRICS_ONLY -> 0;
            case OPEN, FORCED_OPEN -> 1;
            case HALF_OPEN -> 2;
        };
    }
}

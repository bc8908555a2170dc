package dev.tiergate.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.health.DependencyHealth;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitKey;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis killed, paused and absent at start, each on its own private redis-server: the breaker
 * opens within its window, fail-open limits carry on from bounded memory, fail-closed ones refuse,
 * nothing waits longer than the command timeout, and half-open probes bring Redis back.
 */
class RedisFaultIT {

    private static final Duration TIMEOUT = Duration.ofMillis(200);
    private static final Duration OPEN_WAIT = Duration.ofSeconds(1);
    private static final int LOCAL_KEYS = 1_000;
    private static final CommunityId GUILD = new CommunityId("333333333333333333");
    private static final RateLimitPolicy MEMBER = RateLimitPolicy.MEMBER_COMMANDS;
    private static final RateLimitPolicy ADMIN = RateLimitPolicy.ADMIN_API;
    private static final RateLimitPolicy GUILD_POLICY = RateLimitPolicy.GUILD_COMMANDS;
    private static final AtomicLong SUBJECTS = new AtomicLong(400_000_000_000_000_000L);

    private RedisTestServer server;
    private RedisConnection connection;
    private SimpleMeterRegistry meters;
    private RedisRateLimitAdapter adapter;
    private RedisHealthAdapter health;

    @BeforeEach
    void start() {
        server = RedisTestServer.start();
        connect();
    }

    @AfterEach
    void stop() {
        connection.close();
        server.close();
    }

    @Test
    void killedUnderLoadTheBreakerOpensWithinItsWindowAndClosesWhenRedisIsBack() throws Exception {
        assertThat(health.checkHealth().state()).isEqualTo(DependencyHealth.State.UP);
        AtomicBoolean loading = new AtomicBoolean(true);
        long opened;
        double failuresWhenOpened;
        try (ExecutorService load = Executors.newFixedThreadPool(4)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                // One guild key per thread: however many calls the breaker refuses while it trips (it can
                // refuse before it reports open), they never fill the local map.
                RateLimitKey guild = RateLimitKey.of(GUILD_POLICY, GUILD, "load-" + t);
                workers.add(load.submit(() -> {
                    while (loading.get() && adapter.circuitBreaker().state() == CircuitBreaker.State.CLOSED) {
                        adapter.decide(GUILD_POLICY, guild);
                    }
                }));
            }
            awaitCount("guild-commands", "allowed", "redis", 200);

            long killed = System.nanoTime();
            server.kill();
            awaitState(CircuitBreaker.State.OPEN, Duration.ofSeconds(2));
            opened = System.nanoTime();
            failuresWhenOpened = meters.counter("circuit.breaker.failures", "name", "redis").count();
            loading.set(false);
            for (Future<?> worker : workers) {
                worker.get();
            }
            assertThat(Duration.ofNanos(opened - killed)).isLessThan(Duration.ofSeconds(2));
        }
        assertThat(failuresWhenOpened).as("failures before it opened: a window's worth at most (plus in-flight calls)")
                .isBetween(1.0 * RedisCircuitBreaker.MINIMUM_CALLS / 2, 1.0 * RedisCircuitBreaker.SLIDING_WINDOW_CALLS + 4);
        assertThat(gauge("circuit.breaker.state")).isEqualTo(1.0);

        RateLimitKey fresh = member();
        for (int i = 0; i < 5; i++) {
            assertThat(adapter.decide(MEMBER, fresh)).isInstanceOf(RateLimitDecision.Allowed.class);
        }
        RateLimitDecision sixth = adapter.decide(MEMBER, fresh);
        assertThat(sixth).as("memory still throttles beyond the burst").isInstanceOf(RateLimitDecision.Throttled.class);
        assertThat(((RateLimitDecision.Throttled) sixth).retryAfter()).isBetween(Duration.ofMillis(1_900), Duration.ofSeconds(2));
        assertThat(adapter.decide(ADMIN, RateLimitKey.of(ADMIN, GUILD, "key-1"))).isEqualTo(new RateLimitDecision.Unavailable());
        assertThat(count("member-commands", "allowed", "memory")).isGreaterThanOrEqualTo(5);
        assertThat(count("member-commands", "throttled", "memory")).isGreaterThanOrEqualTo(1);
        assertThat(count("admin-api", "unavailable", "none")).isEqualTo(1);
        assertThat(meters.counter("ratelimit.rejected", "policy", "admin-api").count()).isEqualTo(1);
        assertThat(health.checkHealth()).isEqualTo(
                new DependencyHealth("redis", DependencyHealth.State.DEGRADED, "circuit open: limits from local memory"));

        server.restart();
        awaitPong();
        sleepUntil(opened + OPEN_WAIT.toNanos());
        double fromRedis = count("member-commands", "allowed", "redis");
        assertThat(adapter.decide(MEMBER, member())).isInstanceOf(RateLimitDecision.Allowed.class);
        assertThat(gauge("circuit.breaker.state")).as("half-open after the first probe").isEqualTo(2.0);
        adapter.decide(MEMBER, member());
        adapter.decide(MEMBER, member());
        assertThat(gauge("circuit.breaker.state")).as("closed after three good probes").isEqualTo(0.0);
        assertThat(count("member-commands", "allowed", "redis")).isEqualTo(fromRedis + 3);
        assertThat(health.checkHealth()).isEqualTo(new DependencyHealth("redis", DependencyHealth.State.UP, "ping ok"));
    }

    @Test
    void pausedRedisFailsEachCallAtTheShortTimeoutMemoryStaysBoundedAndHalfOpenAdmitsOnlyProbes() throws Exception {
        assertThat(adapter.decide(MEMBER, member())).isInstanceOf(RateLimitDecision.Allowed.class);
        long opened;
        server.pause();
        try {
            long slowest = 0;
            int calls = 0;
            while (adapter.circuitBreaker().state() != CircuitBreaker.State.OPEN && calls < 40) {
                long start = System.nanoTime();
                adapter.decide(MEMBER, member());
                slowest = Math.max(slowest, System.nanoTime() - start);
                calls++;
            }
            opened = System.nanoTime();
            assertThat(adapter.circuitBreaker().state()).isEqualTo(CircuitBreaker.State.OPEN);
            assertThat(calls).isLessThanOrEqualTo(RedisCircuitBreaker.SLIDING_WINDOW_CALLS);
            assertThat(Duration.ofNanos(slowest)).as("calls waited for Redis, but only the command timeout")
                    .isBetween(TIMEOUT.minusMillis(20), Duration.ofSeconds(1));

            double entriesBefore = gauge("ratelimit.memory.store.entries");
            int allowed = 0;
            for (int i = 0; i < 5 * LOCAL_KEYS; i++) {
                RateLimitDecision decision = adapter.decide(MEMBER, member());
                if (decision instanceof RateLimitDecision.Allowed) {
                    allowed++;
                } else {
                    assertThat(((RateLimitDecision.Throttled) decision).retryAfter()).isLessThanOrEqualTo(Duration.ofSeconds(2));
                }
            }
            assertThat(gauge("ratelimit.memory.store.entries")).isEqualTo(LOCAL_KEYS);
            assertThat(gauge("ratelimit.memory.store.max.size")).isEqualTo(LOCAL_KEYS);
            assertThat(allowed).as("new keys fill the free slots (and those of keys that expired meanwhile), no more")
                    .isBetween(LOCAL_KEYS - (int) entriesBefore, LOCAL_KEYS);

            sleepUntil(opened + OPEN_WAIT.toNanos());
            List<CompletableFuture<RateLimitDecision>> decisions = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                decisions.add(adapter.decideAsync(MEMBER, member()).toCompletableFuture());
            }
            assertThat(decisions.subList(0, 3)).as("three probes wait for paused Redis").noneMatch(CompletableFuture::isDone);
            assertThat(decisions.subList(3, 10)).as("the rest are refused like open, from memory at once")
                    .allMatch(CompletableFuture::isDone);
            assertThat(adapter.circuitBreaker().state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
            assertThat(meters.get("resilience4j.circuitbreaker.not.permitted.calls").counter().count())
                    .isGreaterThanOrEqualTo(7);
            CompletableFuture.allOf(decisions.toArray(CompletableFuture[]::new)).get(2, java.util.concurrent.TimeUnit.SECONDS);
            opened = System.nanoTime();
            assertThat(adapter.circuitBreaker().state()).as("failed probes open it again").isEqualTo(CircuitBreaker.State.OPEN);
        } finally {
            server.resume();
        }

        sleepUntil(opened + OPEN_WAIT.toNanos());
        double fromRedis = count("member-commands", "allowed", "redis");
        for (int i = 0; i < RedisCircuitBreaker.HALF_OPEN_PROBES; i++) {
            adapter.decide(MEMBER, member());
        }
        assertThat(adapter.circuitBreaker().state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(count("member-commands", "allowed", "redis")).isEqualTo(fromRedis + 3);
    }

    @Test
    void pausedRedisNeverHoldsMoreThanTheRequestQueueInFlight() throws Exception {
        // The longest timeout keeps the queued commands waiting while the test counts them.
        try (RedisConnection patient = new RedisConnection(new RedisSettings(server.uri(), RedisSettings.MAX_COMMAND_TIMEOUT))) {
            RedisRateLimitAdapter limits = new RedisRateLimitAdapter(patient, new SimpleMeterRegistry(),
                    new RateLimiterFallbackSettings(LOCAL_KEYS, OPEN_WAIT));
            assertThat(limits.decide(MEMBER, member())).isInstanceOf(RateLimitDecision.Allowed.class);
            // Lettuce bounds both the commands waiting to be written and those awaiting an answer.
            int bound = 2 * RedisConnection.REQUEST_QUEUE_SIZE + 5;
            int burst = bound + 4_000;
            server.pause();
            try {
                List<CompletableFuture<RateLimitDecision>> decisions = new ArrayList<>(burst);
                for (int i = 0; i < burst; i++) {
                    decisions.add(limits.decideAsync(MEMBER, member()).toCompletableFuture());
                }
                Thread.sleep(500);
                long waiting = decisions.stream().filter(d -> !d.isDone()).count();
                assertThat(waiting).as("decisions waiting for paused Redis: the queue's bound, not the burst")
                        .isBetween(RedisConnection.REQUEST_QUEUE_SIZE / 2L, (long) bound);

                CompletableFuture.allOf(decisions.toArray(CompletableFuture[]::new)).get(5, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(decisions).allMatch(d -> !(d.join() instanceof RateLimitDecision.Unavailable));
            } finally {
                server.resume();
            }
        }
    }

    @Test
    void redisDownAtStartFailsNothingAndDecisionsMoveToRedisOnceItAnswers() throws Exception {
        connection.close();
        server.kill();
        long start = System.nanoTime();
        connect();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the constructor does not wait for Redis")
                .isLessThan(Duration.ofSeconds(2));

        assertThat(adapter.decide(MEMBER, member())).isInstanceOf(RateLimitDecision.Allowed.class);
        assertThat(adapter.decide(ADMIN, RateLimitKey.of(ADMIN, GUILD, "key-2"))).isEqualTo(new RateLimitDecision.Unavailable());
        assertThat(count("member-commands", "allowed", "memory")).isEqualTo(1);
        assertThat(health.checkHealth()).isEqualTo(
                new DependencyHealth("redis", DependencyHealth.State.DEGRADED, "unreachable: limits from local memory"));

        server.restart();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (count("member-commands", "allowed", "redis") < 1) {
            assertThat(System.nanoTime()).as("decisions come from Redis once it answers").isLessThan(deadline);
            adapter.decide(MEMBER, member());
            Thread.sleep(100);
        }
    }

    private void connect() {
        connection = new RedisConnection(new RedisSettings(server.uri(), TIMEOUT));
        meters = new SimpleMeterRegistry();
        adapter = new RedisRateLimitAdapter(connection, meters, new RateLimiterFallbackSettings(LOCAL_KEYS, OPEN_WAIT));
        health = new RedisHealthAdapter(connection, adapter);
    }

    private static RateLimitKey member() {
        return RateLimitKey.of(MEMBER, GUILD, Long.toString(SUBJECTS.incrementAndGet()));
    }

    private double count(String policy, String result, String source) {
        return meters.counter("ratelimit.requests", "policy", policy, "result", result, "source", source).count();
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private void awaitCount(String policy, String result, String source, double atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (count(policy, result, source) < atLeast) {
            assertThat(System.nanoTime()).as("%s %s from %s reach %s", policy, result, source, atLeast).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private void awaitState(CircuitBreaker.State state, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (adapter.circuitBreaker().state() != state) {
            assertThat(System.nanoTime()).as("the breaker becomes %s within %s", state, within).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    /** Until the shared connection (reconnected by Lettuce) answers a PING; the breaker is not involved. */
    private void awaitPong() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                if ("PONG".equals(connection.commands().ping().toCompletableFuture().get(1, java.util.concurrent.TimeUnit.SECONDS))) {
                    return;
                }
            } catch (Exception notYet) {
                assertThat(System.nanoTime()).as("Lettuce reconnects to the restarted Redis").isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(Duration.ofNanos(left).plusMillis(50));
        }
    }
}

package dev.tiergate.adapter.out.redis;

import static dev.tiergate.application.port.out.interaction.InteractionProgress.ANSWERED;
import static dev.tiergate.application.port.out.interaction.InteractionProgress.DEFERRED;
import static dev.tiergate.application.port.out.interaction.InteractionProgress.RESPONDING;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.tiergate.adapter.out.redis.BoundedLocalLimiterTest.ManualClock;
import dev.tiergate.application.port.out.interaction.InteractionProgressContract;
import dev.tiergate.application.port.out.interaction.InteractionProgressPort;
import dev.tiergate.application.port.out.interaction.MemoryInteractionProgress;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Interaction progress on a private real Redis: the port's contract, a 15-minute key that later steps
 * keep; with Redis killed or hung, the fallback store takes every call (one WARN for the outage), and
 * once Redis is back what only the fallback holds is still answered.
 */
class RedisInteractionProgressAdapterIT implements InteractionProgressContract {

    private static final Duration TIMEOUT = Duration.ofMillis(200);
    private static final Duration OPEN_WAIT = Duration.ofMillis(200);

    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    private final AtomicLong ids = new AtomicLong(900_000_000_000_000_000L);
    private final MemoryInteractionProgress fallback = new MemoryInteractionProgress();
    /** Starts at the real time: the contract's fresh interaction ids are created now, and the adapter compares them. */
    private final ManualClock clock = new ManualClock(Instant.now());
    private RedisTestServer server;
    private RedisConnection connection;
    private RedisRateLimitAdapter rateLimits;
    private RedisInteractionProgressAdapter progress;
    private RedisCommands<String, String> probe;

    @BeforeEach
    void start() {
        server = RedisTestServer.start();
        connection = new RedisConnection(new RedisSettings(server.uri(), TIMEOUT));
        rateLimits = new RedisRateLimitAdapter(connection, new SimpleMeterRegistry(),
                new RateLimiterFallbackSettings(1_000, OPEN_WAIT));
        progress = new RedisInteractionProgressAdapter(connection, rateLimits, fallback, clock);
        probe = server.probe();
    }

    @AfterEach
    void stop() {
        connection.close();
        server.close();
    }

    @Override
    public InteractionProgressPort progressPort() {
        return progress;
    }

    @Test
    void aClaimsKeyLivesFifteenMinutes() {
        String interaction = interaction();

        progress.claim(interaction);

        String key = "tiergate:interaction:{" + interaction + "}:progress";
        assertThat(probe.get(key)).isEqualTo("RESPONDING");
        assertThat(probe.pttl(key)).isBetween(899_000L, 900_000L);
        assertThat(fallback.calls()).as("Redis answered everything").isZero();
    }

    @Test
    void laterStepsKeepTheTimeTheClaimLeftThem() {
        String interaction = interaction();
        String key = RedisInteractionProgressAdapter.redisKey(interaction);
        progress.claim(interaction);
        probe.pexpire(key, 60_000);

        progress.record(interaction, DEFERRED);
        assertThat(probe.pttl(key)).isBetween(1L, 60_000L);
        progress.record(interaction, RESPONDING);
        progress.record(interaction, ANSWERED);
        progress.record(interaction, DEFERRED);
        assertThat(probe.get(key)).isEqualTo("ANSWERED");
        assertThat(probe.pttl(key)).isBetween(1L, 60_000L);
        assertThat(fallback.calls()).isZero();
    }

    @Test
    void aStepIsOneEvalshaAndAFlushedScriptIsLoadedAgain() {
        progress.record(interaction(), DEFERRED);
        String interaction = interaction();
        progress.claim(interaction);
        Map<String, Long> before = CommandCounts.of(probe);

        progress.record(interaction, DEFERRED);
        assertThat(CommandCounts.delta(before, CommandCounts.of(probe))).as("the script's text loaded once, then by SHA")
                .isEqualTo(Map.of("evalsha", 1L, "get", 1L, "set", 1L, "info", 1L));

        probe.scriptFlush();
        progress.record(interaction, ANSWERED);
        assertThat(probe.get(RedisInteractionProgressAdapter.redisKey(interaction))).isEqualTo("ANSWERED");
        assertThat(fallback.calls()).as("Redis answered everything").isZero();
    }

    @Test
    void aStepRecordedWithoutAClaimLivesFifteenMinutes() {
        String interaction = interaction();

        progress.record(interaction, DEFERRED);

        assertThat(probe.pttl(RedisInteractionProgressAdapter.redisKey(interaction))).isBetween(899_000L, 900_000L);
    }

    @Test
    void anInteractionWhoseKeyExpiredIsForgottenAndMayBeClaimedAgain() throws InterruptedException {
        String interaction = interaction();
        String key = RedisInteractionProgressAdapter.redisKey(interaction);
        progress.claim(interaction);
        progress.record(interaction, ANSWERED);

        probe.pexpire(key, 1);
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (probe.exists(key) > 0) {
            assertThat(System.nanoTime()).as("Redis expires the key").isLessThan(deadline);
            Thread.sleep(5);
        }

        assertThat(progress.progressOf(interaction)).isEmpty();
        assertThat(progress.claim(interaction)).isTrue();
        assertThat(progress.progressOf(interaction)).contains(RESPONDING);
    }

    @Override
    @Test
    public void idsThatAreNotSnowflakesAreRefused() {
        InteractionProgressContract.super.idsThatAreNotSnowflakesAreRefused();

        assertThat(probe.dbsize()).as("refused before any store is asked").isZero();
        assertThat(fallback.calls()).isZero();
    }

    @Test
    void whileRedisIsDownTheFallbackTakesEveryCallAndIsStillReadOnceRedisIsBack() throws InterruptedException {
        Logger logger = (Logger) LoggerFactory.getLogger(RedisInteractionProgressAdapter.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        try {
            String during = interaction();
            server.kill();

            assertThat(progress.claim(during)).isTrue();
            assertThat(progress.claim(during)).isFalse();
            progress.record(during, DEFERRED);
            assertThat(progress.progressOf(during)).contains(DEFERRED);
            assertThat(fallback.progressOf(during)).as("written to the fallback").contains(DEFERRED);
            for (int i = 0; i < 2 * RedisCircuitBreaker.SLIDING_WINDOW_CALLS; i++) {
                assertThat(progress.claim(interaction())).as("fresh interactions are claimed in the fallback").isTrue();
            }
            assertThat(rateLimits.circuitBreaker().state()).isEqualTo(CircuitBreaker.State.OPEN);
            assertThat(count(logs, Level.WARN)).as("one WARN for the whole outage").isOne();

            server.restart();
            awaitRedis();
            assertThat(probe.exists(RedisInteractionProgressAdapter.redisKey(during))).as("Redis came back empty").isZero();
            assertThat(progress.progressOf(during)).contains(DEFERRED);
            assertThat(progress.claim(during)).as("Redis grants it, the fallback remembers it").isFalse();
            assertThat(progress.progressOf(during)).as("the fallback's later step").contains(DEFERRED);
            assertThat(count(logs, Level.INFO)).as("Redis back").isOne();

            String later = createdAt(clock.instant().plus(RedisInteractionProgressAdapter.CLOCK_SKEW).plusSeconds(1));
            int beforeLater = fallback.calls();
            assertThat(progress.claim(later)).isTrue();
            assertThat(progress.progressOf(later)).contains(RESPONDING);
            assertThat(fallback.calls()).as("created after the fallback's last use, so never in it: not asked")
                    .isEqualTo(beforeLater);

            clock.advance(RedisInteractionProgressAdapter.CONSULT_FALLBACK_FOR);
            int fallbackCalls = fallback.calls();
            assertThat(progress.progressOf(during)).as("only Redis, once the fallback's steps have expired")
                    .contains(RESPONDING);
            assertThat(fallback.calls()).isEqualTo(fallbackCalls);
        } finally {
            logger.detachAppender(logs);
        }
    }

    @Test
    void aStepTheFallbackTookWinsOverTheEarlierStepRedisKept() throws Exception {
        String interaction = interaction();
        progress.claim(interaction);

        server.pause();
        try {
            // Reads that time out together open the breaker; unlike a write, they change nothing once Redis resumes.
            try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < RedisCircuitBreaker.MINIMUM_CALLS; i++) {
                    readers.submit(() -> progress.progressOf(interaction));
                }
            }
            assertThat(rateLimits.circuitBreaker().state()).isEqualTo(CircuitBreaker.State.OPEN);
            progress.record(interaction, ANSWERED);
        } finally {
            server.resume();
        }
        assertThat(fallback.progressOf(interaction)).contains(ANSWERED);
        assertThat(probe.get(RedisInteractionProgressAdapter.redisKey(interaction))).isEqualTo("RESPONDING");

        Thread.sleep(OPEN_WAIT.plusMillis(50).toMillis());
        assertThat(progress.progressOf(interaction)).contains(ANSWERED);
        assertThat(rateLimits.circuitBreaker().state()).as("that read was a probe Redis answered")
                .isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(progress.claim(interaction)).isFalse();
    }

    private String interaction() {
        return Long.toString(ids.incrementAndGet());
    }

    /** An interaction id Discord created at {@code instant}. */
    private static String createdAt(Instant instant) {
        return Long.toString((instant.toEpochMilli() - DISCORD_EPOCH_MILLIS) << 22);
    }

    /** Until a claim lands in the restarted Redis: Lettuce has reconnected and the breaker let it through. */
    private void awaitRedis() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            String canary = interaction();
            progress.claim(canary);
            if (probe.exists(RedisInteractionProgressAdapter.redisKey(canary)) > 0) {
                return;
            }
            assertThat(System.nanoTime()).as("claims reach Redis again").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static long count(ListAppender<ILoggingEvent> logs, Level level) {
        return logs.list.stream().filter(event -> event.getLevel() == level).count();
    }
}

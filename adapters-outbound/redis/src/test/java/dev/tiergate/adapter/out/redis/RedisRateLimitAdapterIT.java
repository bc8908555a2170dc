package dev.tiergate.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.ratelimit.FailureMode;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitKey;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The adapter on a private real Redis: one command per decision, the script's keys and TTLs, the defaults. */
class RedisRateLimitAdapterIT {

    private static final CommunityId GUILD = new CommunityId("111111111111111111");
    private static final CommunityId OTHER_GUILD = new CommunityId("222222222222222222");
    private static final RateLimitPolicy MEMBER = RateLimitPolicy.MEMBER_COMMANDS;
    private static final AtomicLong SUBJECTS = new AtomicLong(300_000_000_000_000_000L);

    private static RedisTestServer server;
    private static RedisConnection connection;
    private static RedisCommands<String, String> probe;
    private static SimpleMeterRegistry meters;
    private static RedisRateLimitAdapter adapter;

    @BeforeAll
    static void start() {
        server = RedisTestServer.start();
        connection = new RedisConnection(new RedisSettings(server.uri()));
        meters = new SimpleMeterRegistry();
        adapter = new RedisRateLimitAdapter(connection, meters, RateLimiterFallbackSettings.DEFAULTS);
        probe = server.probe();
    }

    @AfterAll
    static void stop() {
        connection.close();
        server.close();
    }

    @Test
    void eachDecisionIsOneEvalshaAndNothingElse() {
        String member = subject();
        adapter.decide(MEMBER, key(GUILD, subject()));
        Map<String, Long> before = CommandCounts.of(probe);

        int allowed = 0;
        for (int i = 0; i < 8; i++) {
            if (adapter.decide(MEMBER, key(GUILD, member)) instanceof RateLimitDecision.Allowed) {
                allowed++;
            }
        }

        Map<String, Long> delta = CommandCounts.delta(before, CommandCounts.of(probe));
        assertThat(allowed).isEqualTo(5);
        // Commands a script calls are counted too: TIME and GET on every run, SET when it allows.
        assertThat(delta).containsExactlyInAnyOrderEntriesOf(Map.of(
                "evalsha", 8L, "time", 8L, "get", 8L, "set", 5L, "info", 1L));
    }

    @Test
    void decisionsInFlightTogetherOnTheSharedConnectionAreStillOneEvalshaEach() {
        adapter.decide(MEMBER, key(GUILD, subject()));
        Map<String, Long> before = CommandCounts.of(probe);
        int decisions = 500;

        List<RateLimitDecision> decided = IntStream.range(0, decisions)
                .mapToObj(i -> adapter.decideAsync(MEMBER, key(GUILD, subject())).toCompletableFuture())
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(decided).hasSize(decisions).allMatch(RateLimitDecision.Allowed.class::isInstance);
        // Pipelined on one connection, as production's listeners run them: no SCRIPT LOAD, no EVAL, no retries.
        assertThat(CommandCounts.delta(before, CommandCounts.of(probe))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "evalsha", (long) decisions, "time", (long) decisions, "get", (long) decisions,
                "set", (long) decisions, "info", 1L));
    }

    @Test
    void aFlushedScriptCacheIsReloadedAndTheDecisionStillComesFromRedis() {
        adapter.decide(MEMBER, key(GUILD, subject()));
        probe.scriptFlush();
        Map<String, Long> before = CommandCounts.of(probe);

        RateLimitDecision decision = adapter.decide(MEMBER, key(GUILD, subject()));

        assertThat(decision).isInstanceOf(RateLimitDecision.Allowed.class);
        Map<String, Long> delta = CommandCounts.delta(before, CommandCounts.of(probe));
        assertThat(delta).as("EVALSHA (NOSCRIPT), SCRIPT LOAD, EVALSHA").containsEntry("evalsha", 2L)
                .containsEntry("script|load", 1L).containsEntry("set", 1L);
        assertThat(adapter.circuitBreaker().state()).hasToString("CLOSED");
    }

    @Test
    void memberCommandsAllowFiveThenTellWhenToRetry() {
        RateLimitKey key = key(GUILD, subject());

        for (int remaining = 4; remaining >= 0; remaining--) {
            RateLimitDecision decision = adapter.decide(MEMBER, key);
            assertThat(decision).isInstanceOf(RateLimitDecision.Allowed.class);
            assertThat(((RateLimitDecision.Allowed) decision).remaining()).isEqualTo(remaining);
        }
        RateLimitDecision sixth = adapter.decide(MEMBER, key);

        assertThat(sixth).isInstanceOf(RateLimitDecision.Throttled.class);
        assertThat(((RateLimitDecision.Throttled) sixth).retryAfter()).isBetween(Duration.ofMillis(1_800), Duration.ofSeconds(2));
        assertThat(meters.counter("ratelimit.requests", "policy", "member-commands", "result", "throttled", "source", "redis")
                .count()).isGreaterThanOrEqualTo(1);
        assertThat(meters.counter("ratelimit.rejected", "policy", "member-commands").count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theStoredArrivalTimeIsRedisTimeAndTheKeyLivesExactlyUntilIt() {
        String member = subject();
        RateLimitKey key = key(GUILD, member);
        String redisKey = "tiergate:111111111111111111:member-commands:" + member;

        RateLimitDecision.Allowed first = (RateLimitDecision.Allowed) adapter.decide(MEMBER, key);
        adapter.decide(MEMBER, key);
        RateLimitDecision.Allowed third = (RateLimitDecision.Allowed) adapter.decide(MEMBER, key);

        assertThat(Duration.between(Instant.now(), first.theoreticalArrival()).toMillis()).isCloseTo(2_000, within(500L));
        assertThat(Long.parseLong(probe.get(redisKey))).as("the TAT in µs")
                .isEqualTo(third.theoreticalArrival().getEpochSecond() * 1_000_000 + third.theoreticalArrival().getNano() / 1_000);
        assertThat(probe.pttl(redisKey)).as("three emission intervals of 2 s, rounded up to the ms")
                .isBetween(5_000L, 6_001L);
        adapter.decide(MEMBER, key);
        adapter.decide(MEMBER, key);
        assertThat(probe.pttl(redisKey)).isBetween(9_000L, 10_001L);
        adapter.decide(MEMBER, key);
        assertThat(probe.pttl(redisKey)).as("a refusal writes nothing and extends nothing").isBetween(9_000L, 10_001L);
    }

    @Test
    void aKeyVanishesOnceItsArrivalTimeHasPassed() throws InterruptedException {
        RateLimitPolicy quick = new RateLimitPolicy("quick", 1, Duration.ofMillis(50), 1, FailureMode.OPEN);
        String member = subject();

        adapter.decide(quick, RateLimitKey.of(quick, GUILD, member));
        String redisKey = "tiergate:111111111111111111:quick:" + member;
        assertThat(probe.exists(redisKey)).isEqualTo(1L);
        Thread.sleep(80);

        assertThat(probe.exists(redisKey)).isZero();
        assertThat(adapter.decide(quick, RateLimitKey.of(quick, GUILD, member))).isInstanceOf(RateLimitDecision.Allowed.class);
    }

    @Test
    void budgetsAreScopedByCommunityAndKeysNamedByCommunityPolicyAndSubject() {
        String member = subject();
        for (int i = 0; i < 5; i++) {
            adapter.decide(MEMBER, key(GUILD, member));
        }

        assertThat(adapter.decide(MEMBER, key(GUILD, member))).isInstanceOf(RateLimitDecision.Throttled.class);
        assertThat(adapter.decide(MEMBER, key(OTHER_GUILD, member))).isInstanceOf(RateLimitDecision.Allowed.class);
        assertThat(probe.keys("tiergate:*:member-commands:" + member)).containsExactlyInAnyOrder(
                "tiergate:111111111111111111:member-commands:" + member,
                "tiergate:222222222222222222:member-commands:" + member);
    }

    @Test
    void aBurstOfOnePolicyAllowsOneThenSaysWhenTheNextIsAllowed() {
        RateLimitPolicy refresh = RateLimitPolicy.DIRECTORY_REFRESH;
        RateLimitKey key = RateLimitKey.of(refresh, GUILD, subject());

        assertThat(adapter.decide(refresh, key)).isInstanceOf(RateLimitDecision.Allowed.class);
        RateLimitDecision again = adapter.decide(refresh, key);

        assertThat(again).isInstanceOf(RateLimitDecision.Throttled.class);
        assertThat(((RateLimitDecision.Throttled) again).retryAfter()).isBetween(Duration.ofMillis(1_800), Duration.ofSeconds(2));
    }

    private static RateLimitKey key(CommunityId community, String subject) {
        return RateLimitKey.of(MEMBER, community, subject);
    }

    private static String subject() {
        return Long.toString(SUBJECTS.incrementAndGet());
    }

    /** Calls per command since the server started, from INFO commandstats. */
}

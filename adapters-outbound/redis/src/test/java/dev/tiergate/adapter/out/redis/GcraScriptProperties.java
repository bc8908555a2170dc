package dev.tiergate.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.ratelimit.FailureMode;
import dev.tiergate.domain.ratelimit.Gcra;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * gcra.lua on a real (private) Redis, driven in real time with short emission intervals; every
 * window is measured on Redis's own clock, which the script returns with each answer.
 */
class GcraScriptProperties {

    private static RedisTestServer server;
    private static RedisConnection connection;

    @BeforeContainer
    static void startRedis() {
        server = RedisTestServer.start();
        connection = new RedisConnection(new RedisSettings(server.uri(), Duration.ofSeconds(1)));
    }

    @AfterContainer
    static void stopRedis() {
        connection.close();
        server.close();
    }

    @Property(tries = 20)
    void neverAllowsMoreThanBurstPlusRateTimesTheWindow(
            @ForAll @IntRange(min = 10_000, max = 50_000) int intervalMicros,
            @ForAll @IntRange(min = 1, max = 4) int burst,
            @ForAll @Size(min = 5, max = 25) List<@IntRange(min = 0, max = 20) Integer> gapsMillis) {
        List<GcraScript.Reply> replies = play(intervalMicros, burst, gapsMillis);

        List<Long> allowedAt = replies.stream().filter(GcraScript.Reply::allowed).map(GcraScript.Reply::nowMicros).toList();
        assertThat(allowedAt).as("the first request of a fresh key is allowed").isNotEmpty();
        for (int first = 0; first < allowedAt.size(); first++) {
            for (int last = first; last < allowedAt.size(); last++) {
                long window = allowedAt.get(last) - allowedAt.get(first);
                long count = last - first + 1;
                assertThat(count * intervalMicros)
                        .as("%d allowed within %d µs (T = %d µs, burst %d)", count, window, intervalMicros, burst)
                        .isLessThanOrEqualTo((long) burst * intervalMicros + window);
            }
        }
    }

    @Property(tries = 20)
    void decidesExactlyAsTheDomainGcraAtRedisTime(
            @ForAll @IntRange(min = 10_000, max = 50_000) int intervalMicros,
            @ForAll @IntRange(min = 1, max = 4) int burst,
            @ForAll @Size(min = 5, max = 25) List<@IntRange(min = 0, max = 20) Integer> gapsMillis) {
        RateLimitPolicy policy = new RateLimitPolicy("prop", 1, Duration.ofNanos(intervalMicros * 1_000L), burst, FailureMode.OPEN);
        List<GcraScript.Reply> replies = play(intervalMicros, burst, gapsMillis);

        Optional<Instant> arrival = Optional.empty();
        for (GcraScript.Reply reply : replies) {
            RateLimitDecision expected = Gcra.decide(policy, arrival, micros(reply.nowMicros()));
            switch (expected) {
                case RateLimitDecision.Allowed allowed -> {
                    assertThat(reply.allowed()).isTrue();
                    assertThat(reply.remaining()).isEqualTo(allowed.remaining());
                    assertThat(micros(reply.arrivalMicros())).isEqualTo(allowed.theoreticalArrival());
                    arrival = Optional.of(allowed.theoreticalArrival());
                }
                case RateLimitDecision.Throttled throttled -> {
                    assertThat(reply.allowed()).isFalse();
                    assertThat(Duration.ofNanos(reply.retryAfterMicros() * 1_000)).isEqualTo(throttled.retryAfter());
                }
                case RateLimitDecision.Unavailable unavailable -> throw new AssertionError("the domain never answers that");
            }
        }
    }

    @Example
    void aBurstOfOneAllowsOneOfManySimultaneousRequests() {
        List<GcraScript.Reply> replies = play(1_000_000, 1, List.of(0, 0, 0, 0));

        assertThat(replies).extracting(GcraScript.Reply::allowed).containsExactly(true, false, false, false);
    }

    private static List<GcraScript.Reply> play(int intervalMicros, int burst, List<Integer> gapsMillis) {
        String key = "tiergate:property:" + UUID.randomUUID();
        List<GcraScript.Reply> replies = new ArrayList<>();
        for (int gap : gapsMillis) {
            sleep(gap);
            replies.add(GcraScript.run(connection.commands(), key, intervalMicros, burst).toCompletableFuture().join());
        }
        return replies;
    }

    private static Instant micros(long micros) {
        return Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000);
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}

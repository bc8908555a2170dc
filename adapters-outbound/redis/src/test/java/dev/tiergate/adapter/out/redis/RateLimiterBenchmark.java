package dev.tiergate.adapter.out.redis;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitKey;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the limiter as production runs it (RedisRateLimitAdapter, one shared connection, the
 * breaker and meters on) for deploy/local/benchmark-ratelimit.sh: after sequential decisions that
 * warm the JIT up (a cold burst of hundreds in flight can trip the slow-call breaker), throughput
 * with many decisions in flight over distinct keys, then the latency of one decision at a time.
 * Prints key=value lines for the script; not a test, so it never runs in the build.
 *
 * <p>Usage: {@code RateLimiterBenchmark <redis-uri> [warm-up s] [measure s] [in flight] [latency samples]}
 */
final class RateLimiterBenchmark {

    /** The community in every key: tiergate:100000000000000001:guild-commands:<12-digit subject>. */
    static final String COMMUNITY = "100000000000000001";
    static final RateLimitPolicy POLICY = RateLimitPolicy.GUILD_COMMANDS;
    static final int KEY_SPACE = 100_000;

    private RateLimiterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI redis = URI.create(args[0]);
        Duration warmUp = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 5);
        Duration measure = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 10);
        int inFlight = args.length > 3 ? Integer.parseInt(args[3]) : 256;
        int samples = args.length > 4 ? Integer.parseInt(args[4]) : 50_000;

        RateLimitKey[] keys = new RateLimitKey[KEY_SPACE];
        CommunityId community = new CommunityId(COMMUNITY);
        for (int i = 0; i < KEY_SPACE; i++) {
            keys[i] = RateLimitKey.of(POLICY, community, String.format(Locale.ROOT, "%012d", i));
        }
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (RedisConnection connection = new RedisConnection(new RedisSettings(redis))) {
            RedisRateLimitAdapter adapter = new RedisRateLimitAdapter(connection, meters, RateLimiterFallbackSettings.DEFAULTS);
            print("script.sha1", GcraScript.SHA1);
            print("script.args", RedisRateLimitAdapter.intervalMicros(POLICY) + " " + POLICY.burst());
            print("key.example", RedisRateLimitAdapter.redisKey(keys[0]));

            for (int i = 0; i < samples; i++) {
                adapter.decide(POLICY, keys[i % keys.length]);
            }
            double perSecond = throughput(adapter, keys, inFlight, warmUp, measure);
            print("throughput.in_flight", Integer.toString(inFlight));
            print("throughput.decisions_per_second", String.format(Locale.ROOT, "%.0f", perSecond));

            long[] latencies = latencies(adapter, keys, samples);
            print("latency.samples", Integer.toString(samples));
            print("latency.p50_ms", millis(percentile(latencies, 0.50)));
            print("latency.p99_ms", millis(percentile(latencies, 0.99)));
            print("latency.max_ms", millis(latencies[latencies.length - 1]));

            double fromMemory = meters.find("ratelimit.requests").tag("source", "memory").counters().stream()
                    .mapToDouble(c -> c.count()).sum();
            print("decisions.from_memory", String.format(Locale.ROOT, "%.0f", fromMemory));
            print("breaker.state", adapter.circuitBreaker().state().name());
        }
    }

    /** Keeps {@code inFlight} decisions outstanding, each completion starting the next one. */
    private static double throughput(RedisRateLimitAdapter adapter, RateLimitKey[] keys, int inFlight, Duration warmUp,
            Duration measure) throws InterruptedException {
        AtomicLong completed = new AtomicLong();
        AtomicLong next = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch drained = new CountDownLatch(inFlight);
        for (int chain = 0; chain < inFlight; chain++) {
            issue(adapter, keys, next, completed, running, drained);
        }
        Thread.sleep(warmUp);
        long startCount = completed.get();
        long start = System.nanoTime();
        Thread.sleep(measure);
        long endCount = completed.get();
        long end = System.nanoTime();
        running.set(false);
        drained.await();
        return (endCount - startCount) * 1e9 / (end - start);
    }

    /** Starts decisions until one is still outstanding; a decision answered at once (from memory) loops, never recurses. */
    private static void issue(RedisRateLimitAdapter adapter, RateLimitKey[] keys, AtomicLong next, AtomicLong completed,
            AtomicBoolean running, CountDownLatch drained) {
        while (running.get()) {
            RateLimitKey key = keys[(int) (next.getAndIncrement() % keys.length)];
            CompletableFuture<RateLimitDecision> decision = adapter.decideAsync(POLICY, key).toCompletableFuture();
            if (!decision.isDone()) {
                decision.whenComplete((answer, failure) -> {
                    completed.incrementAndGet();
                    issue(adapter, keys, next, completed, running, drained);
                });
                return;
            }
            completed.incrementAndGet();
        }
        drained.countDown();
    }

    /** One blocking decision at a time, as a single caller sees it; sorted nanoseconds. */
    private static long[] latencies(RedisRateLimitAdapter adapter, RateLimitKey[] keys, int samples) {
        long[] latencies = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            adapter.decide(POLICY, keys[(i * 7919) % keys.length]);
            latencies[i] = System.nanoTime() - start;
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private static long percentile(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    private static void print(String name, String value) {
        System.out.println("tiergate." + name + "=" + value);
    }
}

package dev.tiergate.perf.ratelimit;

import dev.tiergate.adapter.out.redis.RateLimiterFallbackSettings;
import dev.tiergate.adapter.out.redis.RedisConnection;
import dev.tiergate.adapter.out.redis.RedisRateLimitAdapter;
import dev.tiergate.adapter.out.redis.RedisSettings;
import dev.tiergate.adapter.out.redis.RedisTestServer;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.ratelimit.RateLimitKey;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;
import dev.tiergate.perf.Benchmark;
import dev.tiergate.perf.PerfContext;
import dev.tiergate.perf.report.Aba;
import dev.tiergate.perf.report.Check;
import dev.tiergate.perf.report.GoalResult;
import dev.tiergate.perf.report.PeerFigure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * P4: rate-limit decisions per second of {@link RedisRateLimitAdapter} as production runs it (one shared
 * connection, breaker and meters on, callers blocking on virtual threads) against {@code redis-benchmark -P 16}
 * running the same gcra.lua by EVALSHA, on a private redis-server; and the p99 of one decision at a time
 * against {@code redis-benchmark -c 1} (reported). Both sides run the guild-commands policy on keys of the same shape.
 * Tiergate's throughput counts only the decisions Redis made (the limiter's own meters); any decision made
 * without Redis (breaker open, a failed call) fails the run's last check.
 */
public final class RateLimitDecisionsBenchmark implements Benchmark {

    private static final String ID = "P4";
    private static final RateLimitPolicy POLICY = RateLimitPolicy.GUILD_COMMANDS;
    private static final String COMMUNITY = "100000000000000001";
    private static final int KEY_SPACE = 100_000;
    private static final int CALLERS = 64;

    /** How long and how much each side runs: the full run, or the CI smoke run's shorter one. */
    private record Settings(Duration warmUp, Duration measure, int singleCalls, int pipelinedRequests,
            int singleRequests) {
    }

    private static final Settings FULL = new Settings(Duration.ofSeconds(4), Duration.ofSeconds(8), 20_000,
            1_000_000, 40_000);
    private static final Settings SMOKE = new Settings(Duration.ofSeconds(2), Duration.ofSeconds(4), 5_000,
            150_000, 10_000);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean inSmokeRun() {
        return true;
    }

    @Override
    public GoalResult run(PerfContext context) throws Exception {
        Settings settings = context.smoke() ? SMOKE : FULL;
        try (RedisTestServer redis = RedisTestServer.start()) {
            int port = redis.uri().getPort();
            String sha = redis.probe().scriptLoad(gcraSource());
            long interval = Math.max(1, POLICY.emissionIntervalNanos() / 1_000);
            String key = "tiergate:" + COMMUNITY + ":" + POLICY.name() + ":__rand_int__";
            List<String> pipelined = List.of("redis-benchmark", "-p", Integer.toString(port), "-P", "16", "-n",
                    Integer.toString(settings.pipelinedRequests()), "-r", Integer.toString(KEY_SPACE), "--csv", "EVALSHA",
                    sha, "1", key, Long.toString(interval), Integer.toString(POLICY.burst()));
            List<String> single = List.of("redis-benchmark", "-p", Integer.toString(port), "-c", "1", "-n",
                    Integer.toString(settings.singleRequests()), "-r", Integer.toString(KEY_SPACE), "--precision", "3",
                    "--csv", "EVALSHA", sha, "1", key, Long.toString(interval), Integer.toString(POLICY.burst()));
            context.say(ID, "private redis-server on 127.0.0.1:" + port + ", gcra.lua " + sha);

            Aba<double[], Figures> run = Aba.around(
                    () -> new double[] {redisBenchmark(pipelined, 2), redisBenchmark(single, 7)},
                    () -> tiergate(context, redis, settings));
            Figures tiergate = run.subject();
            PeerFigure throughputPeer = new PeerFigure("redis-benchmark -P 16 (50 connections)", run.before()[0],
                    run.after()[0], "decisions/s", String.join(" ", pipelined));
            PeerFigure latencyPeer = new PeerFigure("redis-benchmark -c 1, p99", run.before()[1], run.after()[1], "ms",
                    String.join(" ", single));
            return new GoalResult(ID, "rate-limit decisions/s vs redis-benchmark -P 16 of the same gcra.lua",
                    List.of(Check.atLeast("decisions/s ratio to redis-benchmark -P 16",
                                    tiergate.perSecond() / throughputPeer.value(), 0.75, "×"),
                            Check.atMost("decisions made without Redis (breaker open or call failed)",
                                    tiergate.withoutRedis(), 0, "")),
                    List.of(throughputPeer, latencyPeer),
                    List.of(String.format(Locale.ROOT, "Tiergate: %,.0f decisions/s (%d callers on virtual threads, one "
                                    + "connection, %d keys, %s warm-up, %s measured); one at a time p50 %.3f ms, p99 %.3f ms"
                                    + " over %,d calls", tiergate.perSecond(), CALLERS, KEY_SPACE, settings.warmUp(),
                                    settings.measure(), tiergate.p50Millis(), tiergate.p99Millis(), settings.singleCalls()),
                            String.format(Locale.ROOT, "one at a time, p99 ratio to redis-benchmark -c 1: %.1f× "
                                    + "(reported, not judged: the goal is throughput, and a 50 µs call's p99 on 2 "
                                    + "shared cores is the scheduler's)", tiergate.p99Millis() / latencyPeer.value()),
                            "policy " + POLICY.name() + " (T = " + interval + " µs, burst " + POLICY.burst() + ")"));
        }
    }

    /** Tiergate's figures: Redis decisions per second with many callers, one call's latency, decisions Redis did not make. */
    private record Figures(double perSecond, double p50Millis, double p99Millis, double withoutRedis) {
    }

    private static Figures tiergate(PerfContext context, RedisTestServer redis, Settings settings) throws Exception {
        RateLimitKey[] keys = new RateLimitKey[KEY_SPACE];
        CommunityId community = new CommunityId(COMMUNITY);
        for (int i = 0; i < KEY_SPACE; i++) {
            keys[i] = RateLimitKey.of(POLICY, community, String.format(Locale.ROOT, "%012d", i));
        }
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (RedisConnection connection = new RedisConnection(new RedisSettings(redis.uri()))) {
            RedisRateLimitAdapter limiter = new RedisRateLimitAdapter(connection, meters,
                    RateLimiterFallbackSettings.DEFAULTS);
            // Sequential decisions warm the JIT up first: a cold burst of hundreds in flight can trip the slow-call breaker.
            for (int i = 0; i < settings.singleCalls(); i++) {
                limiter.decide(POLICY, keys[i % KEY_SPACE]);
            }
            context.say(ID, "Tiergate: " + CALLERS + " callers, " + settings.warmUp() + " warm-up, "
                    + settings.measure() + " measured");
            double perSecond = throughput(limiter, meters, keys, settings);
            long[] latencies = new long[settings.singleCalls()];
            for (int i = 0; i < latencies.length; i++) {
                long start = System.nanoTime();
                limiter.decide(POLICY, keys[(i * 7919) % KEY_SPACE]);
                latencies[i] = System.nanoTime() - start;
            }
            Arrays.sort(latencies);
            double withoutRedis = LimiterDecisions.counted(meters).withoutRedis();
            if (withoutRedis > 0) {
                context.say(ID, String.format(Locale.ROOT, "%,.0f decisions made without Redis: the run is invalid",
                        withoutRedis));
            }
            return new Figures(perSecond, percentile(latencies, 0.50) / 1e6, percentile(latencies, 0.99) / 1e6,
                    withoutRedis);
        }
    }

    /**
     * Decisions made by Redis per second while {@link #CALLERS} virtual threads each decide one after the
     * other, counted by the limiter's meters so a decision made without Redis never inflates it.
     */
    private static double throughput(RedisRateLimitAdapter limiter, SimpleMeterRegistry meters, RateLimitKey[] keys,
            Settings settings) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int caller = 0; caller < CALLERS; caller++) {
                int first = caller * (KEY_SPACE / CALLERS);
                callers.submit(() -> {
                    for (int i = first; running.get(); i++) {
                        limiter.decide(POLICY, keys[i % KEY_SPACE]);
                    }
                });
            }
            Thread.sleep(settings.warmUp());
            LimiterDecisions before = LimiterDecisions.counted(meters);
            long start = System.nanoTime();
            Thread.sleep(settings.measure());
            LimiterDecisions measured = LimiterDecisions.counted(meters).since(before);
            long end = System.nanoTime();
            running.set(false);
            return measured.byRedis() * 1e9 / (end - start);
        }
    }

    /** Runs redis-benchmark with --csv and returns one field of its last line (2: requests/s, 7: p99 ms). */
    private static double redisBenchmark(List<String> command, int field) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        List<String> lines = new ArrayList<>(output.lines().filter(line -> !line.isBlank()).toList());
        if (exit != 0 || lines.isEmpty()) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + exit + ": " + output);
        }
        String[] fields = lines.getLast().replace("\"", "").split(",");
        return Double.parseDouble(fields[field - 1]);
    }

    /** The exact text of gcra.lua Tiergate runs, so SCRIPT LOAD answers the SHA Tiergate's EVALSHA names. */
    private static String gcraSource() {
        try (InputStream in = RedisRateLimitAdapter.class.getResourceAsStream("gcra.lua")) {
            if (in == null) {
                throw new IllegalStateException("gcra.lua is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static double percentile(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}

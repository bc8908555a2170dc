package dev.tiergate.perf.discord;

import dev.tiergate.adapter.out.discord.BotLaneSettings;
import dev.tiergate.adapter.out.discord.BotRequestLane;
import dev.tiergate.adapter.out.discord.DiscordApiSettings;
import dev.tiergate.adapter.out.discord.DiscordBotCredentials;
import dev.tiergate.adapter.out.discord.DiscordClientTelemetry.Lane;
import dev.tiergate.adapter.out.discord.DiscordClientTelemetry.RateLimitScope;
import dev.tiergate.adapter.out.discord.DiscordClientTelemetry;
import dev.tiergate.adapter.out.discord.DiscordRestAdapter;
import dev.tiergate.adapter.out.discord.DiscordRoleAdapter;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.BotRequest;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyTarget;
import dev.tiergate.application.port.out.role.RoleChange;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.perf.Benchmark;
import dev.tiergate.perf.PerfContext;
import dev.tiergate.perf.report.Check;
import dev.tiergate.perf.report.GoalResult;
import dev.tiergate.testing.Arrivals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.HdrHistogram.Histogram;

/**
 * P8: the Discord client (bot lane and interaction lane on one telemetry, as the service wires them)
 * against {@link LocalDiscordStandIn}, which enforces Discord's 50 requests/s overall and its route
 * buckets: a backlog of role calls from 32 virtual threads must run near the lane's 45/s without a
 * global 429, while interaction callbacks, interleaved, wait for nothing. A callback's wait is the time
 * its lane ({@code RequestLane}) held it before letting it send, as the client reports it
 * ({@link DiscordClientTelemetry#reportAdmissionWaitsTo}, exported as
 * {@code tiergate_discord_request_wait_seconds}), recorded exactly in an HdrHistogram.
 */
public final class DiscordBacklogBenchmark implements Benchmark {

    private static final String ID = "P8";
    private static final DiscordBotCredentials CREDENTIALS = new DiscordBotCredentials("100000000000000001",
            "MTAwMDAwMDAwMDAwMDAwMDAx.Gx9f2a.perf-bench-secret");
    private static final String ROLE = "400000000000000004";
    private static final int ROLE_CALLS = 630;
    private static final int CALLERS = 32;
    private static final int GUILDS = 40;
    private static final int IDLE_CALLBACKS = 200;
    private static final Duration CALLBACK_EVERY = Duration.ofMillis(40);
    private static final Reply REPLY = new Reply("Position", "You are #1,234 of 1,000,000", List.of(), true);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public GoalResult run(PerfContext context) throws Exception {
        DiscordClientTelemetry telemetry = new DiscordClientTelemetry();
        Histogram idleWaits = new Histogram(3);
        Histogram loadedWaits = new Histogram(3);
        AtomicReference<Histogram> callbackWaits = new AtomicReference<>(idleWaits);
        // Callbacks go one at a time from this thread, so each histogram has a single writer.
        telemetry.reportAdmissionWaitsTo((lane, nanos) -> {
            if (lane == Lane.INTERACTION) {
                callbackWaits.get().recordValue(nanos);
            }
        });
        try (LocalDiscordStandIn discord = LocalDiscordStandIn.start(0);
                BotRequestLane lane = new BotRequestLane(new DiscordApiSettings(discord.baseUrl(), Duration.ofSeconds(10)),
                        CREDENTIALS, BotLaneSettings.DEFAULTS, telemetry);
                DiscordRestAdapter interactions = new DiscordRestAdapter(
                        new DiscordApiSettings(discord.baseUrl(), Duration.ofSeconds(2)), telemetry)) {
            AtomicInteger callbackIds = new AtomicInteger();
            long[] idle = callbacks(interactions, callbackIds, IDLE_CALLBACKS, () -> true);
            callbackWaits.set(loadedWaits);
            context.say(ID, ROLE_CALLS + " role calls from " + CALLERS + " virtual threads, a callback every "
                    + CALLBACK_EVERY.toMillis() + " ms meanwhile");

            DiscordRoleAdapter roles = new DiscordRoleAdapter(lane);
            AtomicInteger next = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            List<Future<?>> callers = new ArrayList<>();
            long[] loaded;
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int thread = 0; thread < CALLERS; thread++) {
                    callers.add(threads.submit(() -> {
                        for (int call = next.getAndIncrement(); call < ROLE_CALLS; call = next.getAndIncrement()) {
                            CommunityId guild = new CommunityId(Long.toString(200_000_000_000_000_100L + call % GUILDS));
                            UserId member = new UserId(Long.toString(300_000_000_000_000_100L + call));
                            RoleChange change = roles.addRole(guild, member, ROLE, "perf backlog");
                            if (!(change instanceof RoleChange.Applied)) {
                                throw new IllegalStateException("role call " + call + " ended " + change);
                            }
                            done.incrementAndGet();
                        }
                        return null;
                    }));
                }
                // Callbacks while the backlog still queues: stop before its last second.
                loaded = callbacks(interactions, callbackIds, Integer.MAX_VALUE,
                        () -> done.get() < ROLE_CALLS - BotLaneSettings.DEFAULTS.requestsPerSecond());
                for (Future<?> caller : callers) {
                    caller.get();
                }
            }

            List<BotRequest> requests = discord.botRequests();
            List<Instant> arrivals = requests.stream().map(BotRequest::receivedAt).sorted().toList();
            double sustained = (arrivals.size() - 1)
                    / (Duration.between(arrivals.getFirst(), arrivals.getLast()).toNanos() / 1e9);
            long global429s = telemetry.rateLimited(Lane.BOT, RateLimitScope.GLOBAL);
            long all429s = requests.stream().filter(request -> request.status() == 429).count();
            double waitP99 = millis(loadedWaits.getValueAtPercentile(99));
            if (loadedWaits.getTotalCount() != loaded.length) {
                throw new IllegalStateException(loaded.length + " callbacks sent during the backlog but "
                        + loadedWaits.getTotalCount() + " admission waits reported");
            }
            return new GoalResult(ID, "Discord client vs a stub enforcing 50 req/s and route buckets, with a backlog",
                    List.of(Check.atMost("global 429s", global429s, 0, ""),
                            Check.atLeast("bot requests/s sustained over the backlog", sustained, 0.9 * 45, "req/s"),
                            Check.atMost("interaction callback admission wait p99 during the backlog", waitP99, 1,
                                    "ms")),
                    List.of(),
                    List.of(String.format(Locale.ROOT, "%d role calls from %d virtual threads over %d guilds (lane "
                                    + "limit %d/s, stand-in enforces 50/s and 10/s per route bucket): %d requests in "
                                    + "the busiest second, %d 429s in all", ROLE_CALLS, CALLERS, GUILDS,
                                    BotLaneSettings.DEFAULTS.requestsPerSecond(), Arrivals.busiestSecond(arrivals), all429s),
                            String.format(Locale.ROOT, "callback admission wait (RequestLane, as "
                                    + "tiergate_discord_request_wait_seconds{lane=\"interaction\"} records it): no "
                                    + "backlog p99 %.3f ms (%d); during the backlog p50 %.3f ms, p99 %.3f ms, max %.3f ms "
                                    + "(%d, one every %d ms)", millis(idleWaits.getValueAtPercentile(99)),
                                    idleWaits.getTotalCount(), millis(loadedWaits.getValueAtPercentile(50)), waitP99,
                                    millis(loadedWaits.getMaxValue()), loadedWaits.getTotalCount(),
                                    CALLBACK_EVERY.toMillis()),
                            String.format(Locale.ROOT, "callback round trip to the stand-in: no backlog p50 %.3f ms, "
                                    + "p99 %.3f ms; during the backlog p50 %.3f ms, p99 %.3f ms, max %.3f ms",
                                    percentile(idle, 0.50), percentile(idle, 0.99), percentile(loaded, 0.50),
                                    percentile(loaded, 0.99), percentile(loaded, 1.0))));
        }
    }

    /** Round trips (ms, sorted) of initial responses sent one after the other while {@code more} holds. */
    private static long[] callbacks(DiscordRestAdapter interactions, AtomicInteger ids, int limit,
            BooleanSupplier more) throws InterruptedException {
        List<Long> nanos = new ArrayList<>();
        while (nanos.size() < limit && more.getAsBoolean()) {
            int id = ids.incrementAndGet();
            long start = System.nanoTime();
            interactions.respond(new ReplyTarget(Long.toString(900_000_000_000_000_000L + id), "interaction-token-" + id,
                    CREDENTIALS.applicationId()), REPLY);
            nanos.add(System.nanoTime() - start);
            if (limit == Integer.MAX_VALUE) {
                Thread.sleep(CALLBACK_EVERY);
            }
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** Milliseconds at {@code quantile} of sorted nanoseconds. */
    private static double percentile(long[] sorted, double quantile) {
        int at = Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1));
        return sorted[at] / 1e6;
    }
}

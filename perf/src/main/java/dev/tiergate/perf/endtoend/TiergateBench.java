package dev.tiergate.perf.endtoend;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.tiergate.adapter.out.nats.NatsTestServer;
import dev.tiergate.adapter.out.redis.RedisTestServer;
import dev.tiergate.bootstrap.GatewayMessage;
import dev.tiergate.bootstrap.ServiceProcess;
import dev.tiergate.perf.PerfContext;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.impl.Headers;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the end-to-end goals run on: a private nats-server with JetStream and a private Redis, a fresh
 * database on the run's PostgreSQL, the fake Discord, and the shipped jar in a process of its own,
 * seeded and answering; the driver's connection to NATS serves both Tiergate's load and the bare peer.
 */
final class TiergateBench implements AutoCloseable {

    /** Interaction sequence numbers from here on are priming or probes, never part of a schedule. */
    private static final int FIRST_PRIMING = 3_000_000;
    private static final int FIRST_PROBE = 4_000_000;
    /** Each step of the ramp before the schedule: this long at a quarter, then at half of its rate. */
    private static final Duration PRIMING_STEP = Duration.ofSeconds(10);
    private static final Duration SEED_WITHIN = Duration.ofSeconds(60);
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(10);
    private static final Duration GRACE = Duration.ofSeconds(10);

    /**
     * A load's outcome: its latencies, replies that said "slow down", failed publishes, the service's largest
     * RSS, and what else reached the fake Discord meanwhile: edits (answers completed after a deferral) and
     * requests on routes it does not serve; the service's CPU per interaction and how busy the machine was.
     */
    record Loaded(LatencySummary latency, int throttled, int publishFailures, long maxRssBytes, int rssSamples,
            int edits, int unknownRoutes, String serviceCounts, String cpu) {
    }

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final AtomicReference<ArrivalLedger> ledger = new AtomicReference<>();
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicInteger probesAnswered = new AtomicInteger();
    private final SeededCommunities communities;
    private Connection connection;
    private TimedDiscord discord;
    private ServiceProcess service;

    private TiergateBench(SeededCommunities communities) {
        this.communities = communities;
    }

    /**
     * Starts everything, seeds the communities and returns once the service answered a probe. The
     * service runs with {@code jvmOptions} ({@code -XX:StartFlightRecording=…} to profile it) and
     * {@code extraEnvironment} on top of the variables pointing it at the backends.
     */
    static TiergateBench start(PerfContext context, String goal, SeededCommunities communities, List<String> jvmOptions,
            Map<String, String> extraEnvironment) throws Exception {
        TiergateBench bench = new TiergateBench(communities);
        try {
            bench.startAll(context, goal, jvmOptions, extraEnvironment);
        } catch (Exception | Error failure) {
            bench.close();
            throw failure;
        }
        return bench;
    }

    private void startAll(PerfContext context, String goal, List<String> jvmOptions,
            Map<String, String> extraEnvironment) throws Exception {
        NatsTestServer nats = keep(NatsTestServer.start());
        RedisTestServer redis = keep(RedisTestServer.start());
        FreshDatabase database = keep(FreshDatabase.create(context.databaseUrl()));
        discord = keep(TimedDiscord.start(this::callback));
        Map<String, String> env = new HashMap<>(database.environment());
        env.put("NATS_URL", nats.url());
        env.put("REDIS_URL", redis.uri().toString());
        env.put("DISCORD_API_URL", discord.baseUrl().toString());
        env.put("DISCORD_APPLICATION_ID", "100000000000000777");
        env.put("DISCORD_BOT_TOKEN", "perf-bot-token");
        // The seeding's tier changes would otherwise have the alerts and role-sync jobs DM and re-role thousands
        // of members during the load: a one-off burst of work that is not the interaction path measured here.
        env.put("TIERGATE_BACKGROUND_JOBS", "false");
        env.putAll(extraEnvironment);
        long started = System.nanoTime();
        service = keep(ServiceProcess.startJar("tiergate-" + goal, context.serviceJar(), jvmOptions, env,
                context.workDirectory().resolve("logs")));
        context.say(goal, String.format("service up in %.1f s (pid %d, log %s)", (System.nanoTime() - started) / 1e9,
                service.pid(), service.logFile()));
        connection = keep(Nats.connect(new Options.Builder().server(nats.url()).build()));
        started = System.nanoTime();
        communities.seed(connection.jetStream(), database, SEED_WITHIN);
        context.say(goal, String.format("seeded %,d members in %d guilds in %.1f s", communities.members(),
                communities.guilds(), (System.nanoTime() - started) / 1e9));
        awaitAnswering();
    }

    long pid() {
        return service.pid();
    }

    /**
     * Tiergate under the schedule: published to {@code commands.interaction}, timed at the fake Discord.
     * A ramp comes first, not counted: {@link #PRIMING_STEP} at a quarter of the rate, then at half. A JVM
     * that has compiled nothing yet falls behind at full rate, and a replica behind defers and edits, two
     * Discord calls per interaction instead of one: it is then measured recovering instead of serving.
     */
    Loaded load(OpenLoopSchedule schedule) throws Exception {
        int primed = 0;
        for (int divisor : new int[] {4, 2}) {
            OpenLoopSchedule step = new OpenLoopSchedule(Math.max(1, schedule.perSecond() / divisor), Duration.ZERO,
                    PRIMING_STEP);
            int first = FIRST_PRIMING + primed;
            OpenLoopPublisher.publish(connection.jetStream(), step, (n, dueMillis) -> interaction(first + n, dueMillis));
            primed += step.count();
        }
        ArrivalLedger arrivals = new ArrivalLedger(schedule);
        ledger.set(arrivals);
        throttled.set(0);
        int editsBefore = discord.edits();
        ServiceCounters countedBefore = ServiceCounters.parse(service.scrape());
        int unknownBefore = discord.unknown();
        CpuTime cpuBefore = CpuTime.of(service.pid());
        try (ResidentSetSampler rss = ResidentSetSampler.of(service.pid())) {
            OpenLoopPublisher.Published published = OpenLoopPublisher.publish(connection.jetStream(), schedule,
                    this::interaction);
            arrivals.awaitAll(published.lastDue(), GRACE);
            ledger.set(null);
            return new Loaded(arrivals.summary(published.start(), GRACE), throttled.get(), published.failed(), rss.maxBytes(),
                    rss.samples(), discord.edits() - editsBefore, discord.unknown() - unknownBefore,
                    ServiceCounters.parse(service.scrape()).since(countedBefore),
                    CpuTime.of(service.pid()).since(cpuBefore, schedule.count()));
        }
    }

    private OpenLoopPublisher.Outgoing interaction(int n, long dueMillis) {
        GatewayMessage message = communities.position(n, dueMillis);
        return new OpenLoopPublisher.Outgoing("commands.interaction", message.eventId(), new Headers(),
                message.json().getBytes(UTF_8));
    }

    /** The bare JetStream peer at the same schedule, on the same nats-server and connection. */
    LatencySummary peer(OpenLoopSchedule schedule) throws Exception {
        return BareJetStream.run(connection, schedule, communities);
    }

    private void callback(long interactionId, long arrived, boolean slowDown) {
        int sequence = GatewayMessage.sequenceOf(interactionId);
        if (sequence >= FIRST_PROBE) {
            probesAnswered.incrementAndGet();
            return;
        }
        ArrivalLedger current = ledger.get();
        if (current != null && sequence < FIRST_PRIMING) {
            current.arrived(sequence, arrived);
            if (slowDown) {
                throttled.incrementAndGet();
            }
        }
    }

    /** A freshly started service answers its first interactions slowly: probe until one is answered. */
    private void awaitAnswering() throws Exception {
        JetStream jetStream = connection.jetStream();
        for (int attempt = 0; attempt < 3; attempt++) {
            GatewayMessage probe = communities.probe(FIRST_PROBE + attempt);
            jetStream.publish("commands.interaction", new Headers().add("Nats-Msg-Id", probe.eventId()),
                    probe.json().getBytes(UTF_8));
            long deadline = System.nanoTime() + ANSWERED_WITHIN.toNanos();
            while (System.nanoTime() < deadline) {
                if (probesAnswered.get() > 0) {
                    return;
                }
                Thread.sleep(25);
            }
        }
        throw new IllegalStateException("the service answered no probe interaction in three attempts; log "
                + service.logFile());
    }

    private <T extends AutoCloseable> T keep(T part) {
        started.push(part);
        return part;
    }

    /** Stops everything, the latest first, and drops the database. */
    @Override
    public void close() throws Exception {
        List<Exception> failures = new ArrayList<>();
        for (AutoCloseable part = started.poll(); part != null; part = started.poll()) {
            try {
                part.close();
            } catch (Exception failure) {
                failures.add(failure);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
    }
}

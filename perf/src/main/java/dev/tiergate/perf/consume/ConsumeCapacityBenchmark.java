package dev.tiergate.perf.consume;

import dev.tiergate.adapter.in.nats.InteractionListener;
import dev.tiergate.adapter.in.nats.ListenerSettings;
import dev.tiergate.adapter.out.nats.NatsStreamAdmin;
import dev.tiergate.adapter.out.nats.NatsTestServer;
import dev.tiergate.adapter.out.redis.RateLimiterFallbackSettings;
import dev.tiergate.adapter.out.redis.RedisConnection;
import dev.tiergate.adapter.out.redis.RedisRateLimitAdapter;
import dev.tiergate.adapter.out.redis.RedisSettings;
import dev.tiergate.adapter.out.redis.RedisTestServer;
import dev.tiergate.perf.Benchmark;
import dev.tiergate.perf.PerfContext;
import dev.tiergate.perf.inprocess.InProcessInteractions;
import dev.tiergate.perf.ratelimit.LimiterDecisions;
import dev.tiergate.perf.report.Aba;
import dev.tiergate.perf.report.Check;
import dev.tiergate.perf.report.GoalResult;
import dev.tiergate.perf.report.PeerFigure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.JetStreamSubscription;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.PullSubscribeOptions;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * P3: how many interactions per second the real NATS inbound consumer ({@link InteractionListener}, its
 * pull loop, envelope parser and command reader) settles with the database stubbed out in-process
 * ({@link InProcessInteractions}: answering service, real Redis limiter on a private redis-server, Micrometer
 * metrics, the reply encoded and dropped), from a backlog pre-published to a private nats-server; against
 * bare jnats pulling and acking the same backlog (A-B-A). Both are timed until COMMANDS (work-queue
 * retention) is empty, i.e. every message acked. Both first drain {@value #WARM_UP} messages untimed, so
 * neither is measured cold; a timed run in which any limiter decision was made without Redis (breaker open)
 * is not a measurement of this path and fails the goal as unmeasured.
 */
public final class ConsumeCapacityBenchmark implements Benchmark {

    private static final String ID = "P3";
    private static final String SUBJECT = "commands.interaction";
    private static final int MESSAGES = 20_000;
    private static final int WARM_UP = 4_000;
    private static final int BARE_BATCH = 256;
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public GoalResult run(PerfContext context) throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (NatsTestServer nats = NatsTestServer.start();
                Connection connection = Nats.connect(nats.url());
                RedisTestServer redis = RedisTestServer.start();
                RedisConnection redisConnection = new RedisConnection(new RedisSettings(redis.uri()));
                InProcessInteractions interactions = new InProcessInteractions(
                        new RedisRateLimitAdapter(redisConnection, meters, RateLimiterFallbackSettings.DEFAULTS), meters)) {
            new NatsStreamAdmin(connection).ensureStreams();
            AtomicLong sequence = new AtomicLong();
            context.say(ID, "warm-up: " + WARM_UP + " messages through bare jnats, then through Tiergate, untimed");
            publish(connection, interactions, sequence, WARM_UP);
            bare(connection, "bare-" + sequence.get(), WARM_UP);
            publish(connection, interactions, sequence, WARM_UP);
            tiergate(context, connection, interactions, meters, WARM_UP);
            long answeredBefore = interactions.repliesEncoded();
            Aba<Double, Double> run = Aba.around(
                    () -> {
                        publish(connection, interactions, sequence, MESSAGES);
                        return bare(connection, "bare-" + sequence.get(), MESSAGES);
                    },
                    () -> {
                        publish(connection, interactions, sequence, MESSAGES);
                        return measured(tiergate(context, connection, interactions, meters, MESSAGES));
                    });
            PeerFigure peer = new PeerFigure("bare jnats pull (fetch " + BARE_BATCH + ") + ack", run.before(),
                    run.after(), "msg/s", "JetStreamSubscription.fetch(" + BARE_BATCH + ", 1 s) and Message.ack() on a "
                            + "durable pull consumer of COMMANDS filtered to " + SUBJECT + ", " + MESSAGES
                            + " pre-published messages, timed until the stream is empty");
            long answered = interactions.repliesEncoded() - answeredBefore;
            return new GoalResult(ID, "consume capacity, database stubbed in-process, vs bare jnats consume+ack",
                    List.of(Check.atLeast("msg/s ratio to bare jnats consume+ack", run.subject() / peer.value(), 0.3, "×"),
                            Check.atMost("interactions not answered", MESSAGES - answered, 0, "")),
                    List.of(peer),
                    List.of(String.format(Locale.ROOT, "Tiergate: %,.0f msg/s consumed, answered and acked (%,d "
                                    + "pre-published /position envelopes, %d in flight, real Redis limiter, in-memory "
                                    + "ranking of %,d members in %d guilds, reply encoded and dropped)", run.subject(),
                            MESSAGES, ListenerSettings.DEFAULT_COMMANDS_IN_FLIGHT, InProcessInteractions.MEMBERS,
                            InProcessInteractions.GUILDS),
                            "both sides drained " + WARM_UP + " messages untimed first; every limiter decision of the "
                                    + "timed run was made by Redis (a run with the breaker open is unmeasured)"));
        }
    }

    /** Publishes {@code count} envelopes with their event ids as Nats-Msg-Id and waits for every ack. */
    private static void publish(Connection connection, InProcessInteractions interactions, AtomicLong sequence,
            int count) throws Exception {
        JetStream jetStream = connection.jetStream();
        List<CompletableFuture<PublishAck>> acks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long next = sequence.incrementAndGet();
            acks.add(jetStream.publishAsync(NatsMessage.builder().subject(SUBJECT)
                    .headers(new Headers().put("Nats-Msg-Id", InProcessInteractions.eventId(next)))
                    .data(interactions.envelope(next)).build()));
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
        long stored = stored(connection);
        if (stored != count) {
            throw new IllegalStateException("COMMANDS holds " + stored + " messages, expected " + count);
        }
    }

    /** Bare jnats: fetch and ack until the stream's {@code count} messages are gone; messages per second. */
    private static double bare(Connection connection, String durable, int count) throws Exception {
        JetStreamSubscription subscription = connection.jetStream().subscribe(SUBJECT,
                PullSubscribeOptions.builder().durable(durable).build());
        long start = System.nanoTime();
        long deadline = start + DRAIN_LIMIT.toNanos();
        while (stored(connection) > 0 && System.nanoTime() < deadline) {
            for (Message message : subscription.fetch(BARE_BATCH, Duration.ofSeconds(1))) {
                message.ack();
            }
        }
        double perSecond = drained(connection, count, start, deadline);
        subscription.unsubscribe();
        connection.jetStreamManagement().deleteConsumer("COMMANDS", durable);
        return perSecond;
    }

    /** What one drain by Tiergate's listener gave: its rate and who made its limiter decisions. */
    private record Drain(double perSecond, LimiterDecisions decided) {
    }

    /** The drain's rate; throws when a limiter decision was made without Redis: the figure would not be this path's. */
    private static double measured(Drain drain) {
        LimiterDecisions decided = drain.decided();
        if (decided.withoutRedis() > 0) {
            throw new IllegalStateException(String.format(Locale.ROOT, "unmeasured: %,.0f of %,.0f limiter decisions "
                    + "were made without Redis (breaker open), so %,.0f msg/s is not this path's figure",
                    decided.withoutRedis(), decided.withoutRedis() + decided.byRedis(), drain.perSecond()));
        }
        return drain.perSecond();
    }

    /** Tiergate's listener drains the stream's {@code count} messages. */
    private static Drain tiergate(PerfContext context, Connection connection, InProcessInteractions interactions,
            SimpleMeterRegistry meters, int count) throws Exception {
        long answeredBefore = interactions.repliesEncoded();
        LimiterDecisions decidedBefore = LimiterDecisions.counted(meters);
        InteractionListener listener = new InteractionListener(connection, interactions.answers(),
                ListenerSettings.defaults(InProcessInteractions.APPLICATION_ID));
        long start = System.nanoTime();
        listener.start();
        double perSecond = drained(connection, count, start, start + DRAIN_LIMIT.toNanos());
        listener.close();
        connection.jetStreamManagement().deleteConsumer("COMMANDS", "tiergate-commands");
        LimiterDecisions decided = LimiterDecisions.counted(meters).since(decidedBefore);
        context.say(ID, String.format(Locale.ROOT, "Tiergate: %,.0f msg/s, %,d answered, %,.0f limiter decisions by "
                + "Redis, %,.0f without", perSecond, interactions.repliesEncoded() - answeredBefore, decided.byRedis(),
                decided.withoutRedis()));
        return new Drain(perSecond, decided);
    }

    /** Waits until every one of {@code count} messages is acked (the work queue is empty); messages per second since {@code start}. */
    private static double drained(Connection connection, int count, long start, long deadline) throws Exception {
        while (stored(connection) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(stored(connection) + " messages still unacked after " + DRAIN_LIMIT);
            }
            Thread.sleep(5);
        }
        return count * 1e9 / (System.nanoTime() - start);
    }

    private static long stored(Connection connection) throws Exception {
        JetStreamManagement management = connection.jetStreamManagement();
        return management.getStreamInfo("COMMANDS").getStreamState().getMsgCount();
    }
}

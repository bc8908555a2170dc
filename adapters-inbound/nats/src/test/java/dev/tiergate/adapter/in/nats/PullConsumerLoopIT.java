package dev.tiergate.adapter.in.nats;

import static dev.tiergate.adapter.in.nats.JetStreamFixture.await;
import static dev.tiergate.adapter.in.nats.JetStreamFixture.freshEventId;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.tiergate.adapter.out.nats.NatsErrorLog;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.api.ConsumerInfo;
import io.nats.client.api.MessageInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The loop against a real broker: slow work keeps its message, retries wait as long as asked,
 * and whatever leaves the happy path ends in the dead letters and reaches the observer.
 */
class PullConsumerLoopIT {

    private JetStreamFixture nats;
    private final RecordingObserver observer = new RecordingObserver();
    private final HandlerStalls stalls = new HandlerStalls();
    private PullConsumerLoop loop;

    @BeforeEach
    void startNats() throws Exception {
        nats = new JetStreamFixture();
    }

    @AfterEach
    void stopNats() throws Exception {
        stalls.releaseAll();
        if (loop != null) {
            loop.close();
        }
        nats.close();
    }

    @Test
    void aMessageThatIsNeverAckedIsDeadLetteredFromTheMaxDeliveriesAdvisory() throws Exception {
        // A hung handler stops sending heartbeats after a second, so each delivery times out.
        PullConsumerLoop.ConsumerSpec hanging = new PullConsumerLoop.ConsumerSpec("COMMANDS", "test-slow",
                "commands.slow", 2, Duration.ofSeconds(1), Duration.ofSeconds(1));
        AtomicInteger deliveries = new AtomicInteger();
        start(hanging, message -> {
            deliveries.incrementAndGet();
            stalls.hangUntilReleased();
            return Settlement.ACK;
        });
        String eventId = freshEventId();
        nats.publish("commands.slow", eventId, "{\"event_id\": \"" + eventId + "\", \"data\": {\"interaction_token\": \"t\"}}");

        await("a dead letter from the advisory", () -> nats.deadLetters().size() == 1);

        MessageInfo letter = nats.deadLetters().getFirst();
        assertThat(letter.getSubject()).isEqualTo("dlq.commands.slow");
        assertThat(letter.getHeaders().getFirst(DeadLetterPublisher.REASON_HEADER))
                .isEqualTo("no ack after 2 deliveries");
        assertThat(new String(letter.getData(), StandardCharsets.UTF_8)).contains(eventId).contains("<redacted>");
        assertThat(deliveries.get()).isEqualTo(2);
        await("the observer told", () -> observer.calls().size() == 2);
        assertThat(observer.calls()).containsExactly("redelivered COMMANDS", "deadLettered COMMANDS max_deliveries");
    }

    @Test
    void aHandlerSlowerThanTheAckWaitKeepsItsMessageWithInProgressHeartbeats() throws Exception {
        PullConsumerLoop.ConsumerSpec slow = new PullConsumerLoop.ConsumerSpec("COMMANDS", "test-heartbeat",
                "commands.heartbeat", 3, Duration.ofSeconds(2));
        List<Long> deliveries = new CopyOnWriteArrayList<>();
        start(slow, message -> {
            deliveries.add(message.metaData().deliveredCount());
            HandlerStalls.workFor(Duration.ofSeconds(5));
            return Settlement.ACK;
        });

        nats.publish("commands.heartbeat", freshEventId(), "{}");

        await("the slow message acked", Duration.ofSeconds(15), () -> nats.messagesIn("COMMANDS") == 0);
        ConsumerInfo consumer = nats.consumer("COMMANDS", "test-heartbeat");
        assertThat(deliveries).containsExactly(1L);
        assertThat(consumer.getRedelivered()).isZero();
        assertThat(consumer.getNumAckPending()).isZero();
        assertThat(consumer.getAckFloor().getStreamSequence()).isEqualTo(1);
        assertThat(observer.calls()).isEmpty();
    }

    @Test
    void aRetryWaitsAsLongAsTheHandlerAskedEvenWhenLongerThanTheBackOff() throws Exception {
        PullConsumerLoop.ConsumerSpec later = new PullConsumerLoop.ConsumerSpec("COMMANDS", "test-later",
                "commands.later", 3, Duration.ofSeconds(30));
        AtomicInteger deliveries = new AtomicInteger();
        start(later, message -> {
            deliveries.incrementAndGet();
            return Settlement.Retry.notBefore("rate limited", Duration.ofMinutes(1));
        });

        nats.publish("commands.later", freshEventId(), "{}");
        await("the retry asked for", () -> observer.calls().contains("retried COMMANDS"));
        // The back-off alone would redeliver after one second.
        Thread.sleep(2_500);

        assertThat(deliveries.get()).isEqualTo(1);
        assertThat(nats.consumer("COMMANDS", "test-later").getNumAckPending()).isEqualTo(1);
        assertThat(nats.deadLetters()).isEmpty();
    }

    @Test
    void aMessageRetriedOnItsLastDeliveryIsDeadLetteredAndCounted() throws Exception {
        PullConsumerLoop.ConsumerSpec failing = new PullConsumerLoop.ConsumerSpec("EVENTS", "test-failing",
                "events.failing", 2, Duration.ofSeconds(30));
        start(failing, message -> new Settlement.Retry("database down"));

        nats.publish("events.failing", freshEventId(), "{}");

        await("a dead letter after the last delivery", () -> nats.deadLetters().size() == 1);
        assertThat(nats.deadLetters().getFirst().getHeaders().getFirst(DeadLetterPublisher.REASON_HEADER))
                .isEqualTo("failed all 2 deliveries: database down");
        await("the observer told", () -> observer.calls().size() == 3);
        assertThat(observer.calls()).containsExactly("retried EVENTS", "redelivered EVENTS",
                "deadLettered EVENTS retries_exhausted");
    }

    @Test
    void poisonIsDeadLetteredOnItsFirstDeliveryAndCounted() throws Exception {
        PullConsumerLoop.ConsumerSpec poisoned = new PullConsumerLoop.ConsumerSpec("EVENTS", "test-poison",
                "events.poison", 8, Duration.ofSeconds(30));
        start(poisoned, message -> new Settlement.Poison("not JSON"));

        nats.publish("events.poison", freshEventId(), "not json");

        await("a dead letter at once", () -> nats.deadLetters().size() == 1);
        await("the observer told", () -> !observer.calls().isEmpty());
        assertThat(observer.calls()).containsExactly("deadLettered EVENTS poison");
    }

    @Test
    void anIdleConsumerEndsAPullEverySecondWithoutAWarning() throws Exception {
        Logger natsErrors = (Logger) LoggerFactory.getLogger(NatsErrorLog.class);
        natsErrors.setLevel(Level.TRACE);
        try (Connection quiet = Nats.connect(new Options.Builder().server(nats.server.url())
                .errorListener(new NatsErrorLog()).build())) {
            PullConsumerLoop idle = new PullConsumerLoop(quiet, new PullConsumerLoop.ConsumerSpec("EVENTS", "test-idle",
                    "events.idle", 3, Duration.ofSeconds(30)), new ListenerSettings("111111111111111111", 4,
                    Duration.ofSeconds(5)), new DeadLetterPublisher(quiet, new GatewayEnvelopeParser()),
                    message -> Settlement.ACK);
            idle.start();
            await("two pulls ended by the server", () -> nats.logLines().stream()
                    .filter(line -> line.startsWith("A pull on consumer test-idle ended")).count() >= 2);
            idle.close();
        } finally {
            natsErrors.setLevel(null);
        }

        assertThat(nats.warnings()).isEmpty();
    }

    @Test
    void twoReplicasStartedTogetherBothGetMessagesOfAQuietStream() throws Exception {
        PullConsumerLoop.ConsumerSpec shared = new PullConsumerLoop.ConsumerSpec("ELIGIBILITY", "test-shared",
                "eligibility.scores", 3, Duration.ofSeconds(30));
        Map<String, AtomicInteger> handledBy = Map.of("one", new AtomicInteger(), "two", new AtomicInteger());
        List<PullConsumerLoop> replicas = new ArrayList<>();
        for (String replica : handledBy.keySet()) {
            replicas.add(new PullConsumerLoop(nats.connection, shared, new ListenerSettings("111111111111111111", 32,
                    Duration.ofSeconds(5)), new DeadLetterPublisher(nats.connection, new GatewayEnvelopeParser()),
                    message -> {
                        handledBy.get(replica).incrementAndGet();
                        return Settlement.ACK;
                    }));
        }
        replicas.forEach(PullConsumerLoop::start);
        try {
            // A message every 300 ms: each pull of either replica would take several if it were always the oldest.
            for (int i = 0; i < 30; i++) {
                Thread.sleep(300);
                nats.publish("eligibility.scores", freshEventId(), "{}");
            }
            await("every message handled", () -> handledBy.values().stream().mapToInt(AtomicInteger::get).sum() == 30);
        } finally {
            replicas.forEach(PullConsumerLoop::close);
        }

        assertThat(handledBy.values()).as("messages handled by each replica").allSatisfy(count -> assertThat(count.get())
                .isPositive());
    }

    private void start(PullConsumerLoop.ConsumerSpec spec, PullConsumerLoop.Handler handler) {
        loop = new PullConsumerLoop(nats.connection, spec,
                new ListenerSettings("111111111111111111", 4, Duration.ofMillis(200)).withObserver(observer),
                new DeadLetterPublisher(nats.connection, new GatewayEnvelopeParser()), handler);
        loop.start();
    }
}

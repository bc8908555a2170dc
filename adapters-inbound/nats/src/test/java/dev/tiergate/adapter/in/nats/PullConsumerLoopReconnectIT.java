package dev.tiergate.adapter.in.nats;

import static dev.tiergate.adapter.in.nats.JetStreamFixture.await;
import static dev.tiergate.adapter.in.nats.JetStreamFixture.deadLetters;
import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.api.MessageInfo;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * NATS killed with SIGKILL mid-work and restarted on the same store: the loop rides the reconnect,
 * verifies its consumer again, handles every message published before and after (some twice, none
 * lost), and its max-deliveries advisory subscription still turns a hung message into a dead letter.
 */
class PullConsumerLoopReconnectIT {

    private static final int EACH_SIDE = 40;
    /** Hung handlers send no heartbeat, so the hung message times out after one second each delivery. */
    private static final PullConsumerLoop.ConsumerSpec SPEC = new PullConsumerLoop.ConsumerSpec("EVENTS",
            "test-reconnect", "events.reconnect.>", 3, Duration.ofSeconds(1), Duration.ofMillis(1));

    private JetStreamFixture nats;
    private Connection connection;
    private PullConsumerLoop loop;
    private final Map<String, Integer> handled = new ConcurrentHashMap<>();
    private final HandlerStalls stalls = new HandlerStalls();

    @BeforeEach
    void start() throws Exception {
        nats = new JetStreamFixture();
        connection = Nats.connect(new Options.Builder().server(nats.server.url()).maxReconnects(-1)
                .reconnectWait(Duration.ofMillis(100)).build());
        loop = new PullConsumerLoop(connection, SPEC, new ListenerSettings("111111111111111111", 8, Duration.ofSeconds(2)),
                new DeadLetterPublisher(connection, new GatewayEnvelopeParser()), message -> {
                    String body = new String(message.getData(), StandardCharsets.UTF_8);
                    if (body.equals("hang")) {
                        stalls.hangUntilReleased();
                        return Settlement.ACK;
                    }
                    HandlerStalls.workFor(Duration.ofMillis(20));
                    handled.merge(body, 1, Integer::sum);
                    return Settlement.ACK;
                });
        loop.start();
    }

    @AfterEach
    void stop() throws Exception {
        stalls.releaseAll();
        loop.close();
        connection.close();
        nats.close();
    }

    @Test
    void everyMessageFromBeforeAndAfterACrashIsHandledAndTheAdvisoryStillWorks() throws Exception {
        for (int i = 0; i < EACH_SIDE; i++) {
            publish("events.reconnect.before", "before-" + i);
        }
        await("some handled before the crash", () -> handled.size() >= 10);

        nats.server.kill();
        await("the client noticing", () -> connection.getStatus() != Connection.Status.CONNECTED);
        nats.server.restart();
        await("the client reconnected", () -> connection.getStatus() == Connection.Status.CONNECTED);
        for (int i = 0; i < EACH_SIDE; i++) {
            publish("events.reconnect.after", "after-" + i);
        }
        publish("events.reconnect.hang", "hang");

        Set<String> expected = new HashSet<>();
        IntStream.range(0, EACH_SIDE).forEach(i -> expected.addAll(Set.of("before-" + i, "after-" + i)));
        await("every message handled", Duration.ofSeconds(20), () -> handled.keySet().equals(expected));
        assertThat(handled.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(2 * EACH_SIDE);
        await("the hung message dead-lettered from the advisory", () -> deadLetterSubjects().contains("dlq.events.reconnect.hang"));
        assertThat(nats.logLines())
                .contains("Consumer test-reconnect on stream EVENTS created or verified again after a reconnect");
    }

    /** Publishes with a unique message id, retrying while the restarted server is still recovering its streams. */
    private void publish(String subject, String body) throws Exception {
        NatsMessage message = NatsMessage.builder().subject(subject).headers(new Headers().put("Nats-Msg-Id", body))
                .data(body.getBytes(StandardCharsets.UTF_8)).build();
        await("a stored " + body, () -> {
            try {
                connection.jetStream().publish(message);
                return true;
            } catch (JetStreamApiException | java.io.IOException recovering) {
                return false;
            }
        });
    }

    /** Read on the loop's connection, back soon after the restart (the fixture's retries only every 2 s). */
    private Set<String> deadLetterSubjects() throws Exception {
        return deadLetters(connection.jetStreamManagement()).stream().map(MessageInfo::getSubject)
                .collect(Collectors.toSet());
    }
}

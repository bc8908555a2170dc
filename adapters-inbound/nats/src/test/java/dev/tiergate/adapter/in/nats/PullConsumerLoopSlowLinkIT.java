package dev.tiergate.adapter.in.nats;

import static dev.tiergate.adapter.in.nats.JetStreamFixture.await;
import static dev.tiergate.adapter.in.nats.JetStreamFixture.freshEventId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.testing.TcpRelay;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Over a slow link the server sees each pull late, keeps it open after the client's own wait for it
 * is over, and may send a message for it then. That message must be handled at once, not left to
 * JetStream's redelivery after the ack wait: for an interaction, 30 s would be 27 s too late.
 */
class PullConsumerLoopSlowLinkIT {

    private static final Duration LINK_LATENCY = Duration.ofMillis(150);
    private static final Duration ACK_WAIT = Duration.ofSeconds(30);
    private static final int MESSAGES = 24;

    private JetStreamFixture nats;
    private TcpRelay slowLink;
    private Connection overSlowLink;
    private PullConsumerLoop loop;

    @BeforeEach
    void start() throws Exception {
        nats = new JetStreamFixture();
        slowLink = TcpRelay.to("127.0.0.1", nats.server.port(), LINK_LATENCY);
        overSlowLink = Nats.connect(new Options.Builder().server("nats://127.0.0.1:" + slowLink.port())
                .connectionTimeout(Duration.ofSeconds(5)).build());
    }

    @AfterEach
    void stop() throws Exception {
        if (loop != null) {
            loop.close();
        }
        overSlowLink.close();
        slowLink.close();
        nats.close();
    }

    @Test
    void aMessageSentForAPullTheClientStoppedWaitingForIsStillHandledAtOnce() throws Exception {
        Map<String, Long> handledAtNanos = new ConcurrentHashMap<>();
        loop = new PullConsumerLoop(overSlowLink,
                new PullConsumerLoop.ConsumerSpec("COMMANDS", "test-slow-link", "commands.slowlink", 3, ACK_WAIT),
                new ListenerSettings("111111111111111111", 1, Duration.ofSeconds(2)),
                new DeadLetterPublisher(overSlowLink, new GatewayEnvelopeParser()), message -> {
                    handledAtNanos.putIfAbsent(new String(message.getData(), StandardCharsets.UTF_8), System.nanoTime());
                    return Settlement.ACK;
                });
        loop.start();

        // About one message a pull (1 s), at moments spread around the client's end of each wait.
        Random moments = new Random(9);
        Map<String, Long> sentAtNanos = new ConcurrentHashMap<>();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            Thread.sleep(800 + moments.nextInt(500));
            String body = "message-" + i;
            sentAtNanos.put(body, System.nanoTime());
            nats.publish("commands.slowlink", freshEventId(), body);
            sent.add(body);
        }

        await("every message handled", Duration.ofSeconds(15), () -> handledAtNanos.keySet().containsAll(sent));
        for (String body : sent) {
            Duration took = Duration.ofNanos(handledAtNanos.get(body) - sentAtNanos.get(body));
            assertThat(took).as(body + " handled without waiting for a redelivery").isLessThan(Duration.ofSeconds(3));
        }
        assertThat(nats.consumer("COMMANDS", "test-slow-link").getRedelivered()).isZero();
    }
}

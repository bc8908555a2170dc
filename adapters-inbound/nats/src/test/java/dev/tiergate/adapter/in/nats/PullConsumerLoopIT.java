package dev.tiergate.adapter.in.nats;

import static dev.tiergate.adapter.in.nats.JetStreamFixture.await;
import static dev.tiergate.adapter.in.nats.JetStreamFixture.freshEventId;
import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.api.MessageInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The loop's safety net against a real broker: a message never acked still ends in the dead letters. */
class PullConsumerLoopIT {

    private static final String SUBJECT = "commands.slow";
    private static final PullConsumerLoop.ConsumerSpec SLOW = new PullConsumerLoop.ConsumerSpec("COMMANDS",
            "test-slow", SUBJECT, 2, Duration.ofSeconds(1));

    private JetStreamFixture nats;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void startNats() throws Exception {
        nats = new JetStreamFixture();
    }

    @AfterEach
    void stopNats() throws Exception {
        release.countDown();
        nats.close();
    }

    @Test
    void aMessageThatIsNeverAckedIsDeadLetteredFromTheMaxDeliveriesAdvisory() throws Exception {
        AtomicInteger deliveries = new AtomicInteger();
        GatewayEnvelopeParser parser = new GatewayEnvelopeParser();
        PullConsumerLoop loop = new PullConsumerLoop(nats.connection, SLOW,
                new ListenerSettings("111111111111111111", 4, Duration.ofMillis(200)),
                new DeadLetterPublisher(nats.connection, parser), message -> {
                    deliveries.incrementAndGet();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    return Settlement.ACK;
                });
        loop.start();
        try {
            String eventId = freshEventId();
            nats.publish(SUBJECT, eventId, "{\"event_id\": \"" + eventId + "\", \"data\": {\"interaction_token\": \"t\"}}");

            await("a dead letter from the advisory", () -> nats.deadLetters().size() == 1);

            MessageInfo letter = nats.deadLetters().getFirst();
            assertThat(letter.getSubject()).isEqualTo("dlq." + SUBJECT);
            assertThat(letter.getHeaders().getFirst(DeadLetterPublisher.REASON_HEADER))
                    .isEqualTo("no ack after 2 deliveries");
            assertThat(new String(letter.getData(), StandardCharsets.UTF_8)).contains(eventId).contains("<redacted>");
            assertThat(deliveries.get()).isEqualTo(2);
        } finally {
            release.countDown();
            loop.close();
        }
    }
}

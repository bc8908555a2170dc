package dev.tiergate.bootstrap;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamOptions;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * Publishes as the gateway does: to JetStream with the event id as {@code Nats-Msg-Id}, and, through a
 * NATS outage, again and again with the same id until JetStream acknowledges, so a publish that was
 * stored although its acknowledgement was lost is not stored twice.
 */
final class GatewayPublisher implements AutoCloseable {

    private static final Duration ACK_WAIT = Duration.ofSeconds(2);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

    private final Connection connection;
    private final JetStream jetStream;

    private GatewayPublisher(Connection connection) throws IOException {
        this.connection = connection;
        this.jetStream = connection.jetStream(JetStreamOptions.builder().requestTimeout(ACK_WAIT).build());
    }

    /** Connects, and keeps reconnecting through outages for as long as it is open. */
    static GatewayPublisher connect(String natsUrl) throws IOException, InterruptedException {
        return new GatewayPublisher(Nats.connect(new Options.Builder().server(natsUrl).maxReconnects(-1)
                .reconnectWait(RETRY_PAUSE).connectionTimeout(ACK_WAIT).build()));
    }

    Connection connection() {
        return connection;
    }

    /** One publish, failing if JetStream does not acknowledge it. */
    PublishAck publish(String subject, GatewayMessage message) throws IOException, JetStreamApiException {
        return publish(subject, message.eventId(), message.json().getBytes(StandardCharsets.UTF_8));
    }

    /** Any bytes, under a fresh de-duplication id: for bodies that carry no event id of their own. */
    PublishAck publishRaw(String subject, byte[] body) throws IOException, JetStreamApiException {
        return publish(subject, UUID.randomUUID().toString(), body);
    }

    /** The same message again under another de-duplication id, as a gateway that restarted mid-publish sends it. */
    PublishAck publishAgain(String subject, GatewayMessage message) throws IOException, JetStreamApiException {
        return publishRaw(subject, message.json().getBytes(StandardCharsets.UTF_8));
    }

    /** Publishes until JetStream acknowledges or {@code giveUpAfter} passes; answers whether it acknowledged. */
    boolean publishUntilAcknowledged(String subject, GatewayMessage message, Duration giveUpAfter)
            throws InterruptedException {
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        while (true) {
            try {
                publish(subject, message);
                return true;
            } catch (IOException | JetStreamApiException | IllegalStateException notNow) {
                // Timed out, disconnected or refused while NATS is away: the same id makes the next try safe.
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(RETRY_PAUSE);
            }
        }
    }

    private PublishAck publish(String subject, String messageId, byte[] body) throws IOException, JetStreamApiException {
        return jetStream.publish(subject, new Headers().add("Nats-Msg-Id", messageId), body);
    }

    @Override
    public void close() throws InterruptedException {
        connection.close();
    }
}

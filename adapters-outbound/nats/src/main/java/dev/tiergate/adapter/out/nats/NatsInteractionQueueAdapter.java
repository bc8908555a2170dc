package dev.tiergate.adapter.out.nats;

import dev.tiergate.application.port.out.interaction.InteractionNotQueuedException;
import dev.tiergate.application.port.out.interaction.InteractionQueuePort;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.PublishOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * Publishes interactions to {@code commands.interaction} through JetStream, as the gateway does: the
 * message id goes out as {@code Nats-Msg-Id}, so the COMMANDS stream drops a repeat inside its duplicate
 * window, and the publish waits at most {@code publishTimeout} for the stream's acknowledgement.
 */
public final class NatsInteractionQueueAdapter implements InteractionQueuePort {

    static final String SUBJECT = "commands.interaction";
    static final String STREAM = "COMMANDS";

    private final JetStream jetStream;
    private final Duration publishTimeout;

    public NatsInteractionQueueAdapter(Connection connection, Duration publishTimeout) {
        Objects.requireNonNull(connection, "connection");
        this.publishTimeout = Objects.requireNonNull(publishTimeout, "publishTimeout");
        try {
            this.jetStream = connection.jetStream();
        } catch (IOException failure) {
            throw new IllegalStateException("Cannot open JetStream", failure);
        }
    }

    @Override
    public void enqueue(String messageId, byte[] envelope) {
        PublishOptions options = PublishOptions.builder().messageId(messageId).expectedStream(STREAM)
                .streamTimeout(publishTimeout).build();
        try {
            jetStream.publish(SUBJECT, envelope, options);
        } catch (IOException | JetStreamApiException | IllegalStateException failure) {
            // The message names the failure's kind only: the broker's text may quote what was sent.
            throw new InteractionNotQueuedException("Cannot publish on " + SUBJECT + " ("
                    + failure.getClass().getSimpleName() + ")", null);
        }
    }
}

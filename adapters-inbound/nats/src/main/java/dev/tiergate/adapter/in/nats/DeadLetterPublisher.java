package dev.tiergate.adapter.in.nats;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.Message;
import io.nats.client.PublishOptions;
import io.nats.client.impl.Headers;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Copies a message that will not be processed to {@code dlq.<its subject>} on the DEAD_LETTERS
 * stream, with the reason in a header and every token in the body redacted (an unreadable body
 * is not copied at all, since it cannot be redacted).
 */
final class DeadLetterPublisher {

    // The outbound adapter's NatsDeadLetterAdapter reads these three headers under the same names: change both together.
    static final String REASON_HEADER = "Tiergate-Dead-Letter-Reason";
    static final String SUBJECT_HEADER = "Tiergate-Original-Subject";
    static final String SEQUENCE_HEADER = "Tiergate-Original-Sequence";
    static final String SUBJECT_PREFIX = "dlq.";
    private static final int MAX_HEADER_LENGTH = 512;

    private final JetStream jetStream;
    private final GatewayEnvelopeParser parser;

    DeadLetterPublisher(Connection connection, GatewayEnvelopeParser parser) {
        try {
            this.jetStream = connection.jetStream();
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot open JetStream for dead letters", failure);
        }
        this.parser = parser;
    }

    /** Stores the copy; JetStream drops a second copy of the same stream sequence inside its duplicate window. */
    void publish(Message original, String reason) throws IOException, JetStreamApiException {
        publish(original.getSubject(), original.metaData().getStream(), original.metaData().streamSequence(),
                original.getData(), reason);
    }

    /** Stores the copy of the message at {@code sequence} in {@code stream}, published on {@code subject}. */
    void publish(String subject, String stream, long sequence, byte[] body, String reason)
            throws IOException, JetStreamApiException {
        String origin = stream + "-" + sequence;
        Headers headers = new Headers()
                .put(REASON_HEADER, headerValue(reason))
                .put(SUBJECT_HEADER, subject)
                .put(SEQUENCE_HEADER, origin);
        jetStream.publish(SUBJECT_PREFIX + subject, headers, parser.redactedCopy(body),
                PublishOptions.builder().messageId("dlq-" + origin).build());
    }

    /** Header values are printable ASCII on one line. */
    private static String headerValue(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() > MAX_HEADER_LENGTH ? printable.substring(0, MAX_HEADER_LENGTH) : printable;
    }
}

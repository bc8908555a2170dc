package dev.tiergate.adapter.out.nats;

import dev.tiergate.application.port.out.deadletter.DeadLettersPort;
import dev.tiergate.application.port.out.deadletter.DeadLettersUnavailableException;
import dev.tiergate.application.port.out.deadletter.StoredDeadLetter;
import dev.tiergate.application.port.out.deadletter.StreamPosition;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.PublishOptions;
import io.nats.client.api.MessageInfo;
import io.nats.client.impl.Headers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The DEAD_LETTERS stream read message by message through JetStream's message-get API (no consumer
 * is created), and republishing through JetStream with a message id, so its duplicate window drops
 * a second replay of the same letter.
 */
public final class NatsDeadLetterAdapter implements DeadLettersPort {

    static final String STREAM = "DEAD_LETTERS";
    /*
     * The inbound NATS adapter's DeadLetterPublisher writes these headers. Adapters may not depend on
     * each other (ArchUnit) and header names are no business of the core, so they are repeated here:
     * change both places together.
     */
    static final String REASON_HEADER = "Tiergate-Dead-Letter-Reason";
    static final String SUBJECT_HEADER = "Tiergate-Original-Subject";
    static final String SEQUENCE_HEADER = "Tiergate-Original-Sequence";
    private static final String SUBJECT_PREFIX = "dlq.";
    private static final String ALL_SUBJECTS = SUBJECT_PREFIX + ">";
    private static final String NO_REASON = "(no reason recorded)";
    private static final byte[] NO_BODY = new byte[0];
    /** JetStream's HTTP-like code for a message that is not there. */
    private static final int NOT_FOUND = 404;

    private final JetStream jetStream;
    private final JetStreamManagement management;

    public NatsDeadLetterAdapter(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        try {
            this.jetStream = connection.jetStream();
            this.management = connection.jetStreamManagement();
        } catch (IOException failure) {
            throw new DeadLettersUnavailableException("Cannot open JetStream: " + failure.getMessage(), failure);
        }
    }

    @Override
    public List<StoredDeadLetter> listAfter(long afterSequence, int limit) {
        List<StoredDeadLetter> letters = new ArrayList<>();
        long after = afterSequence;
        while (letters.size() < limit) {
            long from = after + 1;
            Optional<MessageInfo> message = read("the dead letters after #" + after,
                    () -> management.getNextMessage(STREAM, from, ALL_SUBJECTS));
            if (message.isEmpty()) {
                break;
            }
            letters.add(letter(message.get()));
            after = message.get().getSeq();
        }
        return letters;
    }

    @Override
    public Optional<StoredDeadLetter> find(long sequence) {
        return read("dead letter #" + sequence, () -> management.getMessage(STREAM, sequence))
                .map(NatsDeadLetterAdapter::letter);
    }

    @Override
    public boolean republishOnce(String subject, byte[] body, String deduplicationId) {
        try {
            return !jetStream.publish(subject, body, PublishOptions.builder().messageId(deduplicationId).build())
                    .isDuplicate();
        } catch (IOException | JetStreamApiException failure) {
            throw new DeadLettersUnavailableException("Cannot publish on " + subject + ": " + failure.getMessage(),
                    failure);
        }
    }

    @Override
    public boolean remove(long sequence) {
        try {
            return management.deleteMessage(STREAM, sequence);
        } catch (JetStreamApiException failure) {
            // A missing message fails the delete with a store error ("no message found", "stream store EOF").
            if (find(sequence).isEmpty()) {
                return false;
            }
            throw unavailable("remove dead letter #" + sequence, failure);
        } catch (IOException failure) {
            throw unavailable("remove dead letter #" + sequence, failure);
        }
    }

    private static Optional<MessageInfo> read(String what, MessageRead read) {
        try {
            return Optional.of(read.run());
        } catch (JetStreamApiException failure) {
            if (failure.getErrorCode() == NOT_FOUND) {
                return Optional.empty();
            }
            throw unavailable("read " + what, failure);
        } catch (IOException failure) {
            throw unavailable("read " + what, failure);
        }
    }

    private static DeadLettersUnavailableException unavailable(String what, Exception failure) {
        return new DeadLettersUnavailableException("Cannot " + what + " on " + STREAM + ": " + failure.getMessage(),
                failure);
    }

    private static StoredDeadLetter letter(MessageInfo message) {
        Headers headers = message.getHeaders();
        String subject = header(headers, SUBJECT_HEADER).orElseGet(() -> message.getSubject().startsWith(SUBJECT_PREFIX)
                ? message.getSubject().substring(SUBJECT_PREFIX.length())
                : message.getSubject());
        return new StoredDeadLetter(message.getSeq(), subject,
                header(headers, SEQUENCE_HEADER).flatMap(NatsDeadLetterAdapter::position),
                header(headers, REASON_HEADER).orElse(NO_REASON), message.getTime().toInstant(),
                message.getData() == null ? NO_BODY : message.getData());
    }

    private static Optional<String> header(Headers headers, String name) {
        return Optional.ofNullable(headers).map(present -> present.getFirst(name)).filter(value -> !value.isBlank());
    }

    /** {@code STREAM-SEQUENCE}, as the publisher writes it; anything else is no position. */
    private static Optional<StreamPosition> position(String origin) {
        int dash = origin.lastIndexOf('-');
        if (dash < 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StreamPosition(origin.substring(0, dash), Long.parseLong(origin.substring(dash + 1))));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    /** One message-get call. */
    @FunctionalInterface
    private interface MessageRead {
        MessageInfo run() throws IOException, JetStreamApiException;
    }
}

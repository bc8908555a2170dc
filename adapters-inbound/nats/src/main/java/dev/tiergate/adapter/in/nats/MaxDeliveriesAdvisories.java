package dev.tiergate.adapter.in.nats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.adapter.in.nats.MessagePathObserver.DeadLetterCause;
import dev.tiergate.adapter.in.nats.MessagePathObserver.DropCause;
import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.JetStreamApiException;
import io.nats.client.api.MessageInfo;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns JetStream's max-deliveries advisory for one consumer into a dead letter, so a message
 * whose handler never acked in time (hung, or the process died) does not vanish silently. The
 * subscription is a core one: the client subscribes it again by itself after a reconnect.
 */
final class MaxDeliveriesAdvisories implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MaxDeliveriesAdvisories.class);
    private static final String SUBJECT = "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.";

    private final Connection connection;
    private final PullConsumerLoop.ConsumerSpec spec;
    private final DeadLetterPublisher deadLetters;
    private final MessagePathObserver observer;
    private final ObjectMapper json = new ObjectMapper();
    private Dispatcher dispatcher;

    MaxDeliveriesAdvisories(Connection connection, PullConsumerLoop.ConsumerSpec spec,
            DeadLetterPublisher deadLetters, MessagePathObserver observer) {
        this.connection = connection;
        this.spec = spec;
        this.deadLetters = deadLetters;
        this.observer = observer;
    }

    synchronized void start() {
        dispatcher = connection.createDispatcher();
        dispatcher.subscribe(SUBJECT + spec.stream() + "." + spec.durable(), advisory ->
                Thread.ofVirtual().name(spec.durable() + "-advisory").start(() -> deadLetter(advisory.getData())));
    }

    @Override
    public synchronized void close() {
        if (dispatcher != null && connection.getStatus() != Connection.Status.CLOSED) {
            connection.closeDispatcher(dispatcher);
        }
        dispatcher = null;
    }

    private void deadLetter(byte[] advisory) {
        long sequence = 0;
        try {
            JsonNode event = json.readTree(advisory);
            sequence = event.path("stream_seq").asLong(0);
            long deliveries = event.path("deliveries").asLong(0);
            if (sequence <= 0) {
                LOG.warn("Ignoring a max-deliveries advisory for {} without a stream sequence", spec.durable());
                return;
            }
            MessageInfo original = connection.jetStreamManagement().getMessage(spec.stream(), sequence);
            String reason = "no ack after " + deliveries + " deliveries";
            deadLetters.publish(original.getSubject(), spec.stream(), sequence, original.getData(), reason);
            LOG.warn("{} #{} dead-lettered: {}", original.getSubject(), sequence, reason);
            observer.deadLettered(spec.stream(), DeadLetterCause.MAX_DELIVERIES);
        } catch (JetStreamApiException gone) {
            LOG.info("{} #{} reached its max deliveries but has left the stream ({})", spec.stream(), sequence,
                    gone.getErrorDescription());
        } catch (IOException | RuntimeException failure) {
            LOG.error("{} #{} reached its max deliveries and could not be dead-lettered: {}", spec.stream(), sequence,
                    failure.toString());
            observer.dropped(spec.stream(), DropCause.DEAD_LETTER_FAILED);
        }
    }
}

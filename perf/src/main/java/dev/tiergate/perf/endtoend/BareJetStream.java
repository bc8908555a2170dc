package dev.tiergate.perf.endtoend;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.tiergate.bootstrap.GatewayMessage;
import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamManagement;
import io.nats.client.MessageConsumer;
import io.nats.client.Nats;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.RetentionPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.impl.Headers;
import java.time.Duration;

/**
 * The peer of P1 and P2: bare jnats publish→consume through a stream configured like Tiergate's COMMANDS
 * (file storage, work queue, 2-minute duplicate window) and a durable pull consumer that acks each
 * message, at the same open-loop rate and with envelopes of the same size; latency is due → consumed.
 */
final class BareJetStream {

    static final String COMMAND = "jnats " + Nats.CLIENT_VERSION + ": js.publishAsync(perf.peer, "
            + "Nats-Msg-Id, envelope) open loop → stream PERF_PEER (file, work queue) → durable pull consumer"
            + " consume(), ack each (dev.tiergate.perf.endtoend.BareJetStream)";
    private static final String STREAM = "PERF_PEER";
    private static final String SUBJECT = "perf.peer";
    private static final String SEQUENCE = "Perf-Seq";
    private static final Duration GRACE = Duration.ofSeconds(10);

    private BareJetStream() {
    }

    /** Runs the schedule through a fresh stream on this connection's server and deletes the stream after. */
    static LatencySummary run(Connection connection, OpenLoopSchedule schedule, SeededCommunities envelopes)
            throws Exception {
        JetStreamManagement management = connection.jetStreamManagement();
        management.addStream(StreamConfiguration.builder().name(STREAM).subjects(SUBJECT)
                .storageType(StorageType.File).retentionPolicy(RetentionPolicy.WorkQueue)
                .duplicateWindow(Duration.ofMinutes(2)).build());
        try {
            management.addOrUpdateConsumer(STREAM, ConsumerConfiguration.builder().durable("peer")
                    .ackPolicy(AckPolicy.Explicit).build());
            ArrivalLedger ledger = new ArrivalLedger(schedule);
            ConsumerContext consumer = connection.getStreamContext(STREAM).getConsumerContext("peer");
            OpenLoopPublisher.Published published;
            try (MessageConsumer consuming = consumer.consume(message -> {
                long now = System.nanoTime();
                ledger.arrived(Integer.parseInt(message.getHeaders().getFirst(SEQUENCE)), now);
                message.ack();
            })) {
                published = OpenLoopPublisher.publish(connection.jetStream(), schedule, (n, dueMillis) -> {
                    GatewayMessage envelope = envelopes.position(n, dueMillis);
                    return new OpenLoopPublisher.Outgoing(SUBJECT, envelope.eventId(),
                            new Headers().add(SEQUENCE, Integer.toString(n)), envelope.json().getBytes(UTF_8));
                });
                ledger.awaitAll(published.lastDue(), GRACE);
            }
            return ledger.summary(published.start(), GRACE);
        } finally {
            management.deleteStream(STREAM);
        }
    }
}

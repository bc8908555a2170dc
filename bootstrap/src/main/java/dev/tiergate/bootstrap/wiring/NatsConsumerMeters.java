package dev.tiergate.bootstrap.wiring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.ConsumerInfo;
import io.nats.client.api.StreamInfo;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports the broker's view of Tiergate's streams and durable consumers, read from JetStream every
 * 15 seconds (a handful of API calls, whatever the load): messages per stream (DEAD_LETTERS
 * included), messages waiting per consumer, delivered but unacknowledged, redelivered, and whether
 * the connection is up. Labels are stream and consumer names, which Tiergate itself defines.
 */
@Context
final class NatsConsumerMeters {

    private static final Logger LOG = LoggerFactory.getLogger(NatsConsumerMeters.class);

    private final Connection connection;
    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, AtomicLong> figures = new ConcurrentHashMap<>();

    NatsConsumerMeters(Connection connection, MeterRegistry registry) {
        this.connection = connection;
        this.registry = registry;
        Gauge.builder("tiergate.nats.connected", connection,
                        c -> c.getStatus() == Connection.Status.CONNECTED ? 1 : 0)
                .description("1 while the NATS connection is up, 0 while it is down or reconnecting")
                .register(registry);
        refresh();
    }

    @Scheduled(initialDelay = "5s", fixedDelay = "15s")
    void refresh() {
        try {
            JetStreamManagement streams = connection.jetStreamManagement();
            for (StreamInfo stream : streams.getStreams()) {
                String name = stream.getConfiguration().getName();
                figure("tiergate.nats.stream.messages", "Messages held by the stream", name, null)
                        .set(stream.getStreamState().getMsgCount());
                for (ConsumerInfo consumer : streams.getConsumers(name)) {
                    String durable = consumer.getName();
                    figure("tiergate.nats.consumer.pending", "Messages in the stream not yet delivered to the consumer",
                            name, durable).set(consumer.getNumPending());
                    figure("tiergate.nats.consumer.ack.pending", "Messages delivered but not yet acknowledged",
                            name, durable).set(consumer.getNumAckPending());
                    figure("tiergate.nats.consumer.redelivered", "Messages delivered more than once and still unacknowledged",
                            name, durable).set(consumer.getRedelivered());
                }
            }
        } catch (IOException | JetStreamApiException | IllegalStateException unreachable) {
            // The gauges keep their last values; tiergate_nats_connected tells whether NATS is reachable.
            LOG.debug("NATS consumer figures not refreshed: {}", unreachable.getClass().getSimpleName());
        }
    }

    private AtomicLong figure(String name, String description, String stream, String consumer) {
        return figures.computeIfAbsent(name + "/" + stream + "/" + consumer, key -> {
            AtomicLong value = new AtomicLong();
            Gauge.Builder<AtomicLong> gauge = Gauge.builder(name, value, AtomicLong::get).description(description)
                    .tag("stream", stream);
            (consumer == null ? gauge : gauge.tag("consumer", consumer)).register(registry);
            return value;
        });
    }
}

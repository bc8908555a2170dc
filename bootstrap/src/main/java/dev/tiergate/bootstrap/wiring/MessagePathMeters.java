package dev.tiergate.bootstrap.wiring;

import dev.tiergate.adapter.in.nats.MessagePathObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts what happens to messages on the way through the consumers, labelled by stream and a fixed
 * cause only: dead letters, retries, redeliveries and messages dropped without a copy.
 */
final class MessagePathMeters implements MessagePathObserver {

    private final MeterRegistry registry;

    MessagePathMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void deadLettered(String stream, DeadLetterCause cause) {
        counter("tiergate.nats.dead.letters", "Messages copied to DEAD_LETTERS, by original stream and cause",
                stream, cause.label()).increment();
    }

    @Override
    public void retried(String stream) {
        counter("tiergate.nats.retries", "Messages nak'd with a back-off for another delivery", stream, null)
                .increment();
    }

    @Override
    public void redelivered(String stream) {
        counter("tiergate.nats.redeliveries", "Messages received for the second or a later time", stream, null)
                .increment();
    }

    @Override
    public void dropped(String stream, DropCause cause) {
        counter("tiergate.nats.dropped", "Messages terminated without a dead-letter copy", stream, cause.label())
                .increment();
    }

    private Counter counter(String name, String description, String stream, String cause) {
        Counter.Builder builder = Counter.builder(name).description(description).tag("stream", stream);
        return (cause == null ? builder : builder.tag("cause", cause)).register(registry);
    }
}

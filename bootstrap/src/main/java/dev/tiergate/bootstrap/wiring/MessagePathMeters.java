package dev.tiergate.bootstrap.wiring;

import dev.tiergate.adapter.in.nats.MessagePathObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/**
 * Counts what happens to messages on the way through the consumers, labelled by stream and a fixed
 * cause only: dead letters, retries, redeliveries and messages dropped without a copy. The series of
 * the streams Tiergate consumes start at zero, so a rate over them has data before the first event.
 */
final class MessagePathMeters implements MessagePathObserver {

    /** The streams Tiergate's durable consumers read (wire-contract.md); DEAD_LETTERS is only written. */
    static final List<String> CONSUMED_STREAMS = List.of("COMMANDS", "EVENTS", "ELIGIBILITY");

    private final MeterRegistry registry;

    MessagePathMeters(MeterRegistry registry) {
        this.registry = registry;
        for (String stream : CONSUMED_STREAMS) {
            for (DeadLetterCause cause : DeadLetterCause.values()) {
                deadLetters(stream, cause);
            }
            for (DropCause cause : DropCause.values()) {
                drops(stream, cause);
            }
            retries(stream);
            redeliveries(stream);
        }
    }

    @Override
    public void deadLettered(String stream, DeadLetterCause cause) {
        deadLetters(stream, cause).increment();
    }

    @Override
    public void retried(String stream) {
        retries(stream).increment();
    }

    @Override
    public void redelivered(String stream) {
        redeliveries(stream).increment();
    }

    @Override
    public void dropped(String stream, DropCause cause) {
        drops(stream, cause).increment();
    }

    private Counter deadLetters(String stream, DeadLetterCause cause) {
        return counter("tiergate.nats.dead.letters", "Messages copied to DEAD_LETTERS, by original stream and cause",
                stream, cause.label());
    }

    private Counter retries(String stream) {
        return counter("tiergate.nats.retries", "Messages nak'd with a back-off for another delivery", stream, null);
    }

    private Counter redeliveries(String stream) {
        return counter("tiergate.nats.redeliveries", "Messages received for the second or a later time", stream, null);
    }

    private Counter drops(String stream, DropCause cause) {
        return counter("tiergate.nats.dropped", "Messages terminated without a dead-letter copy", stream, cause.label());
    }

    private Counter counter(String name, String description, String stream, String cause) {
        Counter.Builder builder = Counter.builder(name).description(description).tag("stream", stream);
        return (cause == null ? builder : builder.tag("cause", cause)).register(registry);
    }
}

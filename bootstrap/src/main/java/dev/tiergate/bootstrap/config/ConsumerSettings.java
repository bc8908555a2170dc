package dev.tiergate.bootstrap.config;

import java.time.Duration;

/**
 * How the JetStream consumers run: how many interactions and how many events each consumer handles
 * at once, and how long shutdown waits for the messages in flight before leaving them to redelivery.
 */
public record ConsumerSettings(int commandsInFlight, int eventsInFlight, Duration shutdownDeadline) {

    /** 32 interactions and 32 events per consumer in flight, 20 s to finish them at shutdown. */
    public static final ConsumerSettings DEFAULTS = new ConsumerSettings(32, 32, Duration.ofSeconds(20));
}

package dev.tiergate.adapter.in.nats;

import dev.tiergate.domain.shared.Snowflake;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the NATS listeners run: the Discord application answering interactions that do not name
 * one, how many messages each command consumer (COMMANDS) and each event consumer (EVENTS,
 * ELIGIBILITY) handles at once, how long shutdown waits for them, who counts the messages
 * that leave the happy path, and the hosts beyond loopback an interaction's {@code callback_url}
 * may name ({@link CallbackUrls}).
 */
public record ListenerSettings(String applicationId, int commandsInFlight, int eventsInFlight,
        Duration shutdownDeadline, MessagePathObserver observer, Set<String> callbackHosts) {

    public static final int DEFAULT_COMMANDS_IN_FLIGHT = 32;
    public static final int DEFAULT_EVENTS_IN_FLIGHT = 32;
    /** Below JetStream's default max-ack-pending (1000), which also counts messages waiting for a retry. */
    public static final int MAX_IN_FLIGHT_LIMIT = 500;
    public static final Duration DEFAULT_SHUTDOWN_DEADLINE = Duration.ofSeconds(20);
    private static final Duration MAX_SHUTDOWN_DEADLINE = Duration.ofMinutes(5);

    public ListenerSettings {
        if (!Snowflake.isValid(applicationId)) {
            throw new IllegalArgumentException("applicationId must be a Discord snowflake (17 to 20 digits)");
        }
        requireInFlight("commandsInFlight", commandsInFlight);
        requireInFlight("eventsInFlight", eventsInFlight);
        Objects.requireNonNull(shutdownDeadline, "shutdownDeadline");
        if (shutdownDeadline.isNegative() || shutdownDeadline.isZero()
                || shutdownDeadline.compareTo(MAX_SHUTDOWN_DEADLINE) > 0) {
            throw new IllegalArgumentException(
                    "shutdownDeadline must be positive and at most " + MAX_SHUTDOWN_DEADLINE);
        }
        Objects.requireNonNull(observer, "observer");
        callbackHosts = Set.copyOf(callbackHosts);
        if (callbackHosts.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a callback host is a host name, never blank");
        }
    }

    /** Callback URLs on loopback only. */
    public ListenerSettings(String applicationId, int commandsInFlight, int eventsInFlight, Duration shutdownDeadline,
            MessagePathObserver observer) {
        this(applicationId, commandsInFlight, eventsInFlight, shutdownDeadline, observer, Set.of());
    }

    /** The same number in flight for every consumer, observed by nobody. */
    public ListenerSettings(String applicationId, int maxInFlight, Duration shutdownDeadline) {
        this(applicationId, maxInFlight, maxInFlight, shutdownDeadline, MessagePathObserver.NONE);
    }

    /** 32 messages in flight per consumer and twenty seconds to finish them at shutdown. */
    public static ListenerSettings defaults(String applicationId) {
        return new ListenerSettings(applicationId, DEFAULT_COMMANDS_IN_FLIGHT, DEFAULT_EVENTS_IN_FLIGHT,
                DEFAULT_SHUTDOWN_DEADLINE, MessagePathObserver.NONE);
    }

    /** These settings, reporting to {@code observer}. */
    public ListenerSettings withObserver(MessagePathObserver observer) {
        return new ListenerSettings(applicationId, commandsInFlight, eventsInFlight, shutdownDeadline, observer,
                callbackHosts);
    }

    /** These settings, taking callback URLs on loopback and on {@code hosts}. */
    public ListenerSettings withCallbackHosts(Set<String> hosts) {
        return new ListenerSettings(applicationId, commandsInFlight, eventsInFlight, shutdownDeadline, observer, hosts);
    }

    /** How many messages of this consumer may be handled at once. */
    int inFlightFor(PullConsumerLoop.ConsumerSpec consumer) {
        return consumer.readsCommands() ? commandsInFlight : eventsInFlight;
    }

    private static void requireInFlight(String name, int inFlight) {
        if (inFlight < 1 || inFlight > MAX_IN_FLIGHT_LIMIT) {
            throw new IllegalArgumentException(name + " must be between 1 and " + MAX_IN_FLIGHT_LIMIT);
        }
    }
}

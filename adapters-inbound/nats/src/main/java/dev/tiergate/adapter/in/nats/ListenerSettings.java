package dev.tiergate.adapter.in.nats;

import dev.tiergate.domain.shared.Snowflake;
import java.time.Duration;
import java.util.Objects;

/**
 * How the NATS listeners run: the Discord application answering interactions that do not name
 * one, how many messages each listener handles at once, and how long shutdown waits for them.
 */
public record ListenerSettings(String applicationId, int maxInFlight, Duration shutdownDeadline) {

    public static final int DEFAULT_MAX_IN_FLIGHT = 32;
    /** Below JetStream's default max-ack-pending (1000), which also counts messages waiting for a retry. */
    public static final int MAX_IN_FLIGHT_LIMIT = 500;
    public static final Duration DEFAULT_SHUTDOWN_DEADLINE = Duration.ofSeconds(10);
    private static final Duration MAX_SHUTDOWN_DEADLINE = Duration.ofMinutes(5);

    public ListenerSettings {
        if (!Snowflake.isValid(applicationId)) {
            throw new IllegalArgumentException("applicationId must be a Discord snowflake (17 to 20 digits)");
        }
        if (maxInFlight < 1 || maxInFlight > MAX_IN_FLIGHT_LIMIT) {
            throw new IllegalArgumentException("maxInFlight must be between 1 and " + MAX_IN_FLIGHT_LIMIT);
        }
        Objects.requireNonNull(shutdownDeadline, "shutdownDeadline");
        if (shutdownDeadline.isNegative() || shutdownDeadline.isZero()
                || shutdownDeadline.compareTo(MAX_SHUTDOWN_DEADLINE) > 0) {
            throw new IllegalArgumentException(
                    "shutdownDeadline must be positive and at most " + MAX_SHUTDOWN_DEADLINE);
        }
    }

    /** 32 messages in flight and ten seconds to finish them at shutdown. */
    public static ListenerSettings defaults(String applicationId) {
        return new ListenerSettings(applicationId, DEFAULT_MAX_IN_FLIGHT, DEFAULT_SHUTDOWN_DEADLINE);
    }
}

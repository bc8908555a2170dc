package dev.tiergate.application.port.out.metrics;

import java.time.Duration;

/**
 * Counts interactions as they arrive and end, by command and outcome, and times them: how long
 * answering took, and how old an interaction was when Discord got its initial response or deferral
 * (Discord's budget is 3 seconds from creation). Labels are a small fixed set: never a user, guild or
 * free-text value.
 */
public interface InteractionMetricsPort {

    /** A delivery of an interaction reached the service (redeliveries count again). */
    void interactionReceived(String command);

    /** This service sent the initial response or the deferral, {@code age} after the interaction's creation. */
    void interactionAcknowledged(String command, Duration age);

    void interactionFinished(String command, String outcome, Duration took);
}

package dev.tiergate.application.port.out.metrics;

import java.time.Duration;

/**
 * Counts answered interactions by command and outcome, and how long answering took. Labels are
 * a small fixed set: never a user, guild or free-text value.
 */
public interface InteractionMetricsPort {

    void interactionFinished(String command, String outcome, Duration took);
}

package dev.tiergate.application.port.in.alert;

/**
 * What one alert run did: alerts newly recorded, and of those attempted how many were sent, skipped
 * (preferences or frequency), failed for good, or left pending for a later run.
 */
public record AlertRun(int recorded, int sent, int skipped, int failed, int leftPending) {
}

package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.out.metrics.InteractionMetricsPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the service reported: deliveries received, ages at the initial response, and outcomes. */
final class RecordingInteractionMetrics implements InteractionMetricsPort {

    final List<String> received = new ArrayList<>();
    final List<Duration> acknowledgedAtAge = new ArrayList<>();
    /** {@code command:outcome} per interaction that reached an end. */
    final List<String> finished = new ArrayList<>();

    @Override
    public void interactionReceived(String command) {
        received.add(command);
    }

    @Override
    public void interactionAcknowledged(String command, Duration age) {
        acknowledgedAtAge.add(age);
    }

    @Override
    public void interactionFinished(String command, String outcome, Duration took) {
        finished.add(command + ":" + outcome);
    }
}

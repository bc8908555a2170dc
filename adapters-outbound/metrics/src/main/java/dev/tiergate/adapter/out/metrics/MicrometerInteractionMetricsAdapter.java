package dev.tiergate.adapter.out.metrics;

import dev.tiergate.application.port.out.metrics.InteractionMetricsPort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Exposes interactions as {@code tiergate_interactions_received_total{command}},
 * {@code tiergate_interactions_total{command,outcome}}, and two histograms with buckets for
 * Prometheus' quantiles: {@code tiergate_interaction_duration_seconds{command}} (handling) and
 * {@code tiergate_interaction_age_at_answer_seconds{command}} (creation to initial response or deferral).
 */
@Singleton
final class MicrometerInteractionMetricsAdapter implements InteractionMetricsPort {

    private final MeterRegistry registry;

    MicrometerInteractionMetricsAdapter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void interactionReceived(String command) {
        Counter.builder("tiergate.interactions.received")
                .description("Deliveries of interactions that reached the service, by command")
                .tag("command", command)
                .register(registry)
                .increment();
    }

    @Override
    public void interactionAcknowledged(String command, Duration age) {
        histogram("tiergate.interaction.age.at.answer",
                "From an interaction's creation at Discord to its initial response or deferral (budget 3 s)", command)
                .record(age);
    }

    @Override
    public void interactionFinished(String command, String outcome, Duration took) {
        Counter.builder("tiergate.interactions")
                .description("Slash commands that reached an end, by command and outcome")
                .tag("command", command)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
        histogram("tiergate.interaction.duration", "From taking an interaction to its answer (or giving up)", command)
                .record(took);
    }

    private Timer histogram(String name, String description, String command) {
        return Timer.builder(name)
                .description(description)
                .tag("command", command)
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }
}

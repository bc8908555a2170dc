package dev.tiergate.adapter.out.metrics;

import dev.tiergate.application.port.out.metrics.InteractionMetricsPort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Exposes answered interactions as {@code tiergate_interactions_total{command,outcome}} and
 * {@code tiergate_interaction_duration_seconds{command}} (with percentiles for the 3-second budget).
 */
@Singleton
final class MicrometerInteractionMetricsAdapter implements InteractionMetricsPort {

    private final MeterRegistry registry;

    MicrometerInteractionMetricsAdapter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void interactionFinished(String command, String outcome, Duration took) {
        Counter.builder("tiergate.interactions")
                .description("Slash commands that reached an end, by command and outcome")
                .tag("command", command)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
        Timer.builder("tiergate.interaction.duration")
                .description("From taking an interaction to its answer (or giving up)")
                .tag("command", command)
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry)
                .record(took);
    }
}

package dev.tiergate.adapter.out.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MicrometerInteractionMetricsAdapterTest {

    @Test
    void countsByCommandAndOutcomeAndTimesByCommand() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MicrometerInteractionMetricsAdapter metrics = new MicrometerInteractionMetricsAdapter(registry);
        metrics.interactionFinished("position", "answered", Duration.ofMillis(40));
        metrics.interactionFinished("position", "answered", Duration.ofMillis(60));
        metrics.interactionFinished("position", "expired", Duration.ofMillis(1));

        assertThat(registry.get("tiergate.interactions").tags("command", "position", "outcome", "answered").counter()
                .count()).isEqualTo(2.0);
        assertThat(registry.get("tiergate.interactions").tags("outcome", "expired").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("tiergate.interaction.duration").tags("command", "position").timer()
                .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(101.0);
    }
}

package dev.tiergate.adapter.out.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MicrometerInteractionMetricsAdapterTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerInteractionMetricsAdapter metrics = new MicrometerInteractionMetricsAdapter(registry);

    @Test
    void countsByCommandAndOutcomeAndTimesByCommand() {
        metrics.interactionFinished("position", "answered", Duration.ofMillis(40));
        metrics.interactionFinished("position", "answered", Duration.ofMillis(60));
        metrics.interactionFinished("position", "expired", Duration.ofMillis(1));

        assertThat(registry.get("tiergate.interactions").tags("command", "position", "outcome", "answered").counter()
                .count()).isEqualTo(2.0);
        assertThat(registry.get("tiergate.interactions").tags("outcome", "expired").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("tiergate.interaction.duration").tags("command", "position").timer()
                .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(101.0);
    }

    @Test
    void countsDeliveriesAndRecordsTheAgeAtTheInitialResponse() {
        metrics.interactionReceived("threshold");
        metrics.interactionReceived("threshold");
        metrics.interactionAcknowledged("threshold", Duration.ofMillis(1500));

        assertThat(registry.get("tiergate.interactions.received").tags("command", "threshold").counter().count())
                .isEqualTo(2.0);
        assertThat(registry.get("tiergate.interaction.age.at.answer").tags("command", "threshold").timer()
                .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1500.0);
    }
}

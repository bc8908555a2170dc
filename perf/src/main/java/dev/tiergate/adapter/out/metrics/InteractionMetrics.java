package dev.tiergate.adapter.out.metrics;

import dev.tiergate.application.port.out.metrics.InteractionMetricsPort;
import io.micrometer.core.instrument.MeterRegistry;

/** The metrics adapter the service ships with (package-private: Micronaut builds it), opened to the benchmarks. */
public final class InteractionMetrics {

    private InteractionMetrics() {
    }

    public static InteractionMetricsPort micrometer(MeterRegistry meters) {
        return new MicrometerInteractionMetricsAdapter(meters);
    }
}

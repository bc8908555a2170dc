package dev.tiergate.application.service.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.health.ReadinessReport;
import dev.tiergate.application.port.out.health.DependencyHealth;
import dev.tiergate.application.port.out.health.DependencyHealth.State;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckReadinessServiceTest {

    @Test
    void aDegradedDependencyKeepsTheServiceReadyAndADownOneDoesNot() {
        ReadinessReport degraded = new CheckReadinessService(List.of(
                () -> new DependencyHealth("postgres", State.UP, "ok"),
                () -> new DependencyHealth("redis", State.DEGRADED, "circuit open: limits from local memory")))
                .checkReadiness();
        assertThat(degraded.ready()).isTrue();
        assertThat(degraded.checks()).extracting(ReadinessReport.Check::state).containsExactly("up", "degraded");

        ReadinessReport down = new CheckReadinessService(List.of(
                () -> new DependencyHealth("postgres", State.DOWN, "no connection"),
                () -> new DependencyHealth("nats", State.UP, "connected"))).checkReadiness();
        assertThat(down.ready()).isFalse();
    }
}

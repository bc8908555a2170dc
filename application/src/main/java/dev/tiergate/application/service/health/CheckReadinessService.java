package dev.tiergate.application.service.health;

import dev.tiergate.application.port.in.health.CheckReadinessUseCase;
import dev.tiergate.application.port.in.health.ReadinessReport;
import dev.tiergate.application.port.out.health.DependencyHealth;
import dev.tiergate.application.port.out.health.DependencyHealthPort;
import java.util.List;
import java.util.Locale;

/** Asks every dependency in turn (each check is bounded by its adapter) and ready unless one is down. */
public final class CheckReadinessService implements CheckReadinessUseCase {

    private final List<DependencyHealthPort> dependencies;

    public CheckReadinessService(List<DependencyHealthPort> dependencies) {
        this.dependencies = List.copyOf(dependencies);
    }

    @Override
    public ReadinessReport checkReadiness() {
        List<DependencyHealth> results = dependencies.stream().map(DependencyHealthPort::checkHealth).toList();
        boolean ready = results.stream().noneMatch(h -> h.state() == DependencyHealth.State.DOWN);
        return new ReadinessReport(ready, results.stream()
                .map(h -> new ReadinessReport.Check(h.name(), h.state().name().toLowerCase(Locale.ROOT), h.detail()))
                .toList());
    }
}

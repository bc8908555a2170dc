package dev.tiergate.application.port.in.health;

import java.util.List;

/**
 * Whether Tiergate can serve: ready unless a dependency is down. A degraded dependency (served
 * by a fallback) keeps it ready and is reported as such.
 */
public record ReadinessReport(boolean ready, List<Check> checks) {

    public ReadinessReport {
        checks = List.copyOf(checks);
    }

    /** One dependency: its name, "up", "degraded" or "down", and a short reason. */
    public record Check(String name, String state, String detail) {
    }
}

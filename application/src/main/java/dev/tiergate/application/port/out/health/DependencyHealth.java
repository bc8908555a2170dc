package dev.tiergate.application.port.out.health;

/** How one dependency is doing: up, degraded (served by a fallback) or down, with a short reason. */
public record DependencyHealth(String name, State state, String detail) {

    /** Degraded still serves: readiness stays up. */
    public enum State {
        UP, DEGRADED, DOWN
    }
}

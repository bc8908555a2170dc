package dev.tiergate.application.port.out.health;

/** Checks one dependency quickly (bounded by a short timeout) for readiness; never throws. */
public interface DependencyHealthPort {

    DependencyHealth checkHealth();
}

package dev.tiergate.application.port.in.health;

/** Readiness for traffic: every dependency checked quickly; liveness never asks this. */
public interface CheckReadinessUseCase {

    ReadinessReport checkReadiness();
}

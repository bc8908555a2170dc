package dev.tiergate.domain.ratelimit;

/** What a limit does while its shared store is down: allow under a local limiter, or refuse. */
public enum FailureMode {
    OPEN, CLOSED
}

package dev.tiergate.application.port.in.interaction;

/** How an interaction ended: answered at once, answered after deferring, or too late to answer. */
public enum InteractionOutcome {
    ANSWERED, ANSWERED_AFTER_DEFER, EXPIRED
}

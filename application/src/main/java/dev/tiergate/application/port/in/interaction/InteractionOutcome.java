package dev.tiergate.application.port.in.interaction;

/**
 * How an interaction ended: answered (at once or after deferring), too late to answer, or not
 * delivered — either worth retrying (Discord was unavailable or rate-limited) or not.
 */
public enum InteractionOutcome {
    ANSWERED, ANSWERED_AFTER_DEFER, EXPIRED, RETRY_LATER, NOT_DELIVERED
}

package dev.tiergate.domain.alert;

/**
 * Where an alert in the history stands: recorded and not yet settled ({@code PENDING}), delivered
 * ({@code SENT}), refused by Discord for good ({@code FAILED}), or dropped by the member's choices
 * ({@code SKIPPED}); only a pending alert is ever attempted again.
 */
public enum AlertStatus {
    PENDING, SENT, FAILED, SKIPPED
}

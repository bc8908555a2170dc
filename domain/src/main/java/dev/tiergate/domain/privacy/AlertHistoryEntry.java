package dev.tiergate.domain.privacy;

import dev.tiergate.domain.alert.AlertFact;
import dev.tiergate.domain.alert.AlertKind;
import dev.tiergate.domain.alert.AlertStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert recorded about a member, as its alert history keeps it: the fact alerted about and how
 * far the alert got; an entry is settled exactly when it is no longer pending.
 *
 * @param occurredAt  when the fact happened
 * @param recordedAt  when the alert was recorded
 * @param attemptedAt the last time a run took the alert to send it, if one did
 * @param settledAt   when the alert was sent, failed or skipped
 * @param detail      what the settlement noted (e.g. Discord's refusal), if anything
 */
public record AlertHistoryEntry(AlertFact fact, AlertStatus status, Instant occurredAt, Instant recordedAt,
        Optional<Instant> attemptedAt, Optional<Instant> settledAt, Optional<String> detail) {

    public AlertHistoryEntry {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(attemptedAt, "attemptedAt");
        Objects.requireNonNull(settledAt, "settledAt");
        Objects.requireNonNull(detail, "detail");
        if ((status == AlertStatus.PENDING) != settledAt.isEmpty()) {
            throw new IllegalArgumentException("an alert is settled exactly when it is no longer pending");
        }
    }

    /** The kind of alert, the member's preference that governs it. */
    public AlertKind kind() {
        return fact.kind();
    }
}

package dev.tiergate.domain.audit;

import java.util.Objects;

/** An audit entry as stored, with the id the log gave it (positive, increasing with each write). */
public record AuditRecord(long id, AuditEntry entry) {

    public AuditRecord {
        if (id < 1) {
            throw new IllegalArgumentException("an audit record id is positive");
        }
        Objects.requireNonNull(entry, "entry");
    }

    /** The position just past this record, for the page that follows it. */
    public AuditCursor cursor() {
        return new AuditCursor(entry.at(), id);
    }
}

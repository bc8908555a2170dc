package dev.tiergate.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * A position in the audit log, newest first: a page after this cursor holds the records strictly
 * older than ({@code at}, {@code id}). The pair is unique, so no record is skipped or repeated.
 */
public record AuditCursor(Instant at, long id) {

    public AuditCursor {
        Objects.requireNonNull(at, "at");
        if (id < 1) {
            throw new IllegalArgumentException("an audit cursor names a positive record id");
        }
    }
}

package dev.tiergate.application.port.out.audit;

import dev.tiergate.domain.audit.AuditCursor;
import dev.tiergate.domain.audit.AuditEntry;
import dev.tiergate.domain.audit.AuditRecord;
import java.util.List;
import java.util.Optional;

/** The audit log: entries are appended, never changed, and read newest first by keyset on (time, id). */
public interface AuditLogPort {

    /** Appends the entry and commits it at once, whatever transaction the caller is in. */
    void append(AuditEntry entry);

    /** The selected records older than {@code after} (from the newest when empty), newest first, at most {@code limit}. */
    List<AuditRecord> page(AuditSelection selection, Optional<AuditCursor> after, int limit);
}

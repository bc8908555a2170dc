package dev.tiergate.application.port.in.audit;

import dev.tiergate.domain.audit.AuditCursor;
import dev.tiergate.domain.audit.AuditRecord;
import java.util.List;
import java.util.Optional;

/** A page of audit records, newest first; {@code next} is the cursor of the following page, empty on the last. */
public record AuditPage(List<AuditRecord> records, Optional<AuditCursor> next) {

    public AuditPage {
        records = List.copyOf(records);
    }
}

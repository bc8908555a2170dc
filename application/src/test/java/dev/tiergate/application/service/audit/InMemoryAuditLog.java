package dev.tiergate.application.service.audit;

import dev.tiergate.application.port.out.audit.AuditLogPort;
import dev.tiergate.application.port.out.audit.AuditSelection;
import dev.tiergate.domain.audit.AuditCursor;
import dev.tiergate.domain.audit.AuditEntry;
import dev.tiergate.domain.audit.AuditRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The audit log as a list, read newest first by (time, id) as the store reads it. */
final class InMemoryAuditLog implements AuditLogPort {

    private static final Comparator<AuditRecord> NEWEST_FIRST = Comparator
            .comparing((AuditRecord record) -> record.entry().at()).thenComparingLong(AuditRecord::id).reversed();

    final List<AuditRecord> records = new ArrayList<>();

    @Override
    public void append(AuditEntry entry) {
        records.add(new AuditRecord(records.size() + 1, entry));
    }

    @Override
    public List<AuditRecord> page(AuditSelection selection, Optional<AuditCursor> after, int limit) {
        return records.stream()
                .filter(record -> selection.from().map(from -> !record.entry().at().isBefore(from)).orElse(true))
                .filter(record -> selection.to().map(to -> record.entry().at().isBefore(to)).orElse(true))
                .filter(record -> selection.actor().map(actor -> record.entry().actor().equals(actor)).orElse(true))
                .filter(record -> after.map(cursor -> olderThan(record, cursor)).orElse(true))
                .sorted(NEWEST_FIRST).limit(limit).toList();
    }

    private static boolean olderThan(AuditRecord record, AuditCursor cursor) {
        int byTime = record.entry().at().compareTo(cursor.at());
        return byTime < 0 || byTime == 0 && record.id() < cursor.id();
    }
}

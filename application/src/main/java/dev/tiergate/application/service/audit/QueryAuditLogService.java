package dev.tiergate.application.service.audit;

import dev.tiergate.application.port.in.audit.AuditLogQuery;
import dev.tiergate.application.port.in.audit.AuditPage;
import dev.tiergate.application.port.in.audit.QueryAuditLogUseCase;
import dev.tiergate.application.port.out.audit.AuditLogPort;
import dev.tiergate.application.port.out.audit.AuditSelection;
import dev.tiergate.domain.audit.AuditCursor;
import dev.tiergate.domain.audit.AuditRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads one record more than the page holds, so the page knows whether another follows. */
public final class QueryAuditLogService implements QueryAuditLogUseCase {

    private final AuditLogPort log;

    public QueryAuditLogService(AuditLogPort log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public AuditPage queryAuditLog(AuditLogQuery query) {
        int limit = query.limit().value();
        List<AuditRecord> records = log.page(new AuditSelection(query.from(), query.to(), query.actor()),
                query.after(), limit + 1);
        List<AuditRecord> page = records.stream().limit(limit).toList();
        Optional<AuditCursor> next = records.size() > limit ? Optional.of(page.getLast().cursor()) : Optional.empty();
        return new AuditPage(page, next);
    }
}

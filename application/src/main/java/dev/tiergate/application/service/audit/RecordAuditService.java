package dev.tiergate.application.service.audit;

import dev.tiergate.application.port.in.audit.RecordAuditCommand;
import dev.tiergate.application.port.in.audit.RecordAuditUseCase;
import dev.tiergate.application.port.out.audit.AuditLogPort;
import dev.tiergate.domain.audit.AuditEntry;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Stamps the entry with the current time in microseconds (what the log keeps, so cursors match rows exactly). */
public final class RecordAuditService implements RecordAuditUseCase {

    private final AuditLogPort log;
    private final Clock clock;

    public RecordAuditService(AuditLogPort log, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void recordAudit(RecordAuditCommand command) {
        log.append(new AuditEntry(clock.instant().truncatedTo(ChronoUnit.MICROS), command.actor(), command.action(),
                command.target(), command.source(), command.outcome()));
    }
}

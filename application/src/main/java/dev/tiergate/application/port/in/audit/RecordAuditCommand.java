package dev.tiergate.application.port.in.audit;

import dev.tiergate.domain.audit.AuditActor;
import java.util.Objects;

/**
 * What to record about one admin action: who, what, on which target, from which address and its
 * outcome (an HTTP status); {@link dev.tiergate.domain.audit.AuditEntry} checks each value.
 */
public record RecordAuditCommand(AuditActor actor, String action, String target, String source, int outcome) {

    public RecordAuditCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(source, "source");
    }
}

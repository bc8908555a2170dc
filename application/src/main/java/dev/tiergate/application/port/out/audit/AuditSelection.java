package dev.tiergate.application.port.out.audit;

import dev.tiergate.domain.audit.AuditActor;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Which audit records a query reads: at or after {@code from}, before {@code to}, by {@code actor}; empty means any. */
public record AuditSelection(Optional<Instant> from, Optional<Instant> to, Optional<AuditActor> actor) {

    public AuditSelection {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
    }
}

package dev.tiergate.application.port.in.audit;

import dev.tiergate.domain.audit.AuditActor;
import dev.tiergate.domain.audit.AuditCursor;
import dev.tiergate.domain.shared.InvalidFieldException;
import dev.tiergate.domain.shared.PageLimit;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the audit log, newest first: records at or after {@code from} and before {@code to}
 * (either end open when empty), by {@code actor} if given, older than {@code after} if given.
 */
public record AuditLogQuery(Optional<Instant> from, Optional<Instant> to, Optional<AuditActor> actor,
        Optional<AuditCursor> after, PageLimit limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = PageLimit.API_MAX;

    public AuditLogQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(limit, "limit");
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            throw new InvalidFieldException("to", "must be after from");
        }
    }

    /** A requested page size (null when not given: {@value #DEFAULT_LIMIT}) clamped to [1, {@value #MAX_LIMIT}]. */
    public static PageLimit limit(Long requested) {
        return PageLimit.clamp(requested == null ? DEFAULT_LIMIT : requested, MAX_LIMIT);
    }
}

package dev.tiergate.domain.audit;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.time.Instant;
import java.util.Objects;

/**
 * One admin action as the audit log keeps it: when, who, what ({@code action}, e.g. the route's
 * method and template), on which target (e.g. its path variables, possibly empty), from which
 * address, and the outcome as an HTTP status. A target longer than {@value #TARGET_MAX} characters is
 * cut, so hostile input cannot make a row fail or grow without bound.
 */
public record AuditEntry(Instant at, AuditActor actor, String action, String target, String source, int outcome) {

    public static final int ACTION_MAX = 200;
    public static final int TARGET_MAX = 500;
    public static final int SOURCE_MAX = 64;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        if (action == null || action.isBlank() || action.length() > ACTION_MAX) {
            throw new InvalidFieldException("action", "must be 1 to " + ACTION_MAX + " characters");
        }
        Objects.requireNonNull(target, "target");
        target = target.length() > TARGET_MAX ? target.substring(0, TARGET_MAX) : target;
        if (source == null || source.isBlank() || source.length() > SOURCE_MAX) {
            throw new InvalidFieldException("source", "must be 1 to " + SOURCE_MAX + " characters");
        }
        if (outcome < 100 || outcome > 599) {
            throw new InvalidFieldException("outcome", "must be an HTTP status (100 to 599)");
        }
    }
}

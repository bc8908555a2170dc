package dev.tiergate.application.port.in.audit;

/** Reads the audit log newest first, by time range and actor, a bounded keyset page at a time. */
public interface QueryAuditLogUseCase {

    AuditPage queryAuditLog(AuditLogQuery query);
}

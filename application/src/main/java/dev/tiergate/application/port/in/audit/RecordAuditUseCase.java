package dev.tiergate.application.port.in.audit;

/** Appends one admin action to the audit log, stamped with the current time; rows are never changed. */
public interface RecordAuditUseCase {

    void recordAudit(RecordAuditCommand command);
}

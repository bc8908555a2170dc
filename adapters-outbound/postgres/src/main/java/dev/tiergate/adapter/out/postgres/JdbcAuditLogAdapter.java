package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.audit.AuditLogPort;
import dev.tiergate.application.port.out.audit.AuditSelection;
import dev.tiergate.domain.audit.AuditActor;
import dev.tiergate.domain.audit.AuditCursor;
import dev.tiergate.domain.audit.AuditEntry;
import dev.tiergate.domain.audit.AuditRecord;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit log in {@code audit_log}. An entry is appended in a transaction of its own, so it stays
 * even when the caller's work rolls back. A page is one keyset read newest first: the selection's
 * bounds and the cursor become WHERE terms ({@code (at, id) < (?, ?)} for the cursor) over the
 * {@code (at, id)} index or, for one actor, the {@code (actor_key_id, at, id)} one, with a LIMIT and
 * never an OFFSET.
 */
@Singleton
final class JdbcAuditLogAdapter implements AuditLogPort {

    private static final TransactionDefinition OWN_TRANSACTION =
            TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);
    private static final String APPEND = """
            INSERT INTO audit_log (at, actor_key_id, action, target, source_address, outcome)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String COLUMNS = "SELECT id, at, actor_key_id, action, target, source_address, outcome"
            + " FROM audit_log";
    private static final String NEWEST_FIRST = " ORDER BY at DESC, id DESC LIMIT ?";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final ReadStatements reads;

    JdbcAuditLogAdapter(JdbcOperations jdbc, TransactionOperations<Connection> transactions, ReadStatements reads) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.reads = reads;
    }

    @Override
    public void append(AuditEntry entry) {
        transactions.execute(OWN_TRANSACTION, status -> jdbc.prepareStatement(APPEND, statement -> {
            statement.setObject(1, Timestamps.parameter(entry.at()));
            statement.setString(2, entry.actor().value());
            statement.setString(3, entry.action());
            statement.setString(4, entry.target());
            statement.setString(5, entry.source());
            statement.setInt(6, entry.outcome());
            return statement.executeUpdate();
        }));
    }

    @Override
    public List<AuditRecord> page(AuditSelection selection, Optional<AuditCursor> after, int limit) {
        List<String> terms = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        selection.actor().ifPresent(actor -> {
            terms.add("actor_key_id = ?");
            parameters.add(actor.value());
        });
        selection.from().ifPresent(from -> {
            terms.add("at >= ?");
            parameters.add(from);
        });
        selection.to().ifPresent(to -> {
            terms.add("at < ?");
            parameters.add(to);
        });
        after.ifPresent(cursor -> {
            terms.add("(at, id) < (?, ?)");
            parameters.add(cursor.at());
            parameters.add(cursor.id());
        });
        parameters.add(limit);
        String where = terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
        return reads.list(COLUMNS + where + NEWEST_FIRST, parameters, row -> new AuditRecord(row.getLong(1),
                new AuditEntry(row.getObject(2, OffsetDateTime.class).toInstant(), new AuditActor(row.getString(3)),
                        row.getString(4), row.getString(5), row.getString(6), row.getInt(7))));
    }
}

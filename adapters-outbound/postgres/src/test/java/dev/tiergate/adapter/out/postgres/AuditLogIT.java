package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.audit.AuditLogPort;
import dev.tiergate.application.port.out.audit.AuditSelection;
import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.audit.AuditActor;
import dev.tiergate.domain.audit.AuditCursor;
import dev.tiergate.domain.audit.AuditEntry;
import dev.tiergate.domain.audit.AuditRecord;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Each test writes in a time window of its own, so the shared table's other rows never reach its pages. */
class AuditLogIT extends AdapterIntegrationTest {

    private static final AtomicInteger WINDOW = new AtomicInteger();

    private final AuditLogPort log = bean(AuditLogPort.class);

    @Test
    void anAppendedEntryReadsBackAsWritten() {
        Instant at = window();
        AuditEntry entry = new AuditEntry(at, actor("Ab3dE6gH"), "DELETE /api/v1/api-keys/{id}", "id=Zz9yX8wV",
                "2001:db8::7", 200);

        log.append(entry);

        assertThat(page(selection(at, Optional.empty()), Optional.empty(), 10))
                .singleElement().satisfies(record -> assertThat(record.entry()).isEqualTo(entry));
    }

    @Test
    void pagesNewestFirstAndNeitherSkipNorRepeatRecordsOfOneInstant() {
        Instant at = window();
        for (int i = 0; i < 7; i++) {
            log.append(new AuditEntry(at.plusSeconds(i % 3), AuditActor.ANONYMOUS, "GET /api/v1/audit", "", "127.0.0.1",
                    401));
        }
        List<AuditRecord> seen = new ArrayList<>();
        Optional<AuditCursor> after = Optional.empty();
        while (true) {
            List<AuditRecord> page = page(selection(at, Optional.empty()), after, 3);
            if (page.isEmpty()) {
                break;
            }
            seen.addAll(page);
            after = Optional.of(page.getLast().cursor());
        }

        assertThat(seen).hasSize(7).extracting(AuditRecord::id).doesNotHaveDuplicates();
        assertThat(seen).isSortedAccordingTo((a, b) -> b.cursor().at().compareTo(a.cursor().at()) != 0
                ? b.cursor().at().compareTo(a.cursor().at())
                : Long.compare(b.id(), a.id()));
    }

    @Test
    void selectsOneActorWithinTheTimeRangeFromInclusiveToExclusive() {
        Instant at = window();
        AuditActor wanted = actor("Wanted01");
        for (int minute = 0; minute < 6; minute++) {
            log.append(new AuditEntry(at.plus(Duration.ofMinutes(minute)), minute % 2 == 0 ? wanted : AuditActor.COMMAND_LINE,
                    "api-keys list", "", "local", 200));
        }

        List<AuditRecord> page = log.page(new AuditSelection(Optional.of(at.plus(Duration.ofMinutes(2))),
                Optional.of(at.plus(Duration.ofMinutes(4))), Optional.of(wanted)), Optional.empty(), 10);

        assertThat(page).extracting(record -> record.entry().at()).containsExactly(at.plus(Duration.ofMinutes(2)));
    }

    @Test
    void thePageReadsOneIndexRangeWithALimitAndNoOffsetEvenInALargeLog() throws SQLException {
        Instant at = window();
        execute("""
                INSERT INTO audit_log (at, actor_key_id, action, target, source_address, outcome)
                SELECT ? + g * interval '1 second', 'Actor' || lpad((g % 40)::text, 3, '0'), 'GET /api/v1/audit', '',
                       '127.0.0.1', 200
                FROM generate_series(1, 50000) g""", OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        try (Connection connection = separateConnection(); Statement vacuum = connection.createStatement()) {
            vacuum.execute("VACUUM (ANALYZE) audit_log");
        }
        RecordingStatements statements = new RecordingStatements();
        JdbcAuditLogAdapter adapter = new JdbcAuditLogAdapter(bean(JdbcOperations.class), transactions(), statements);
        AuditCursor middle = new AuditCursor(at.plusSeconds(25_000), Long.MAX_VALUE);

        adapter.page(selection(at, Optional.empty()), Optional.empty(), 50);
        adapter.page(selection(at, Optional.empty()), Optional.of(middle), 50);
        adapter.page(selection(at, Optional.of(actor("Actor007"))), Optional.of(middle), 50);
        adapter.page(new AuditSelection(Optional.empty(), Optional.empty(), Optional.of(actor("Actor007"))),
                Optional.empty(), 50);

        assertThat(statements.sql).hasSize(4).allSatisfy(sql -> assertThat(sql).contains("LIMIT ?").doesNotContain("OFFSET"));
        for (int i = 0; i < statements.sql.size(); i++) {
            String plan = statements.explain(i);
            assertThat(plan).as(statements.sql.get(i)).startsWith("Limit").contains("Index")
                    .doesNotContain("Seq Scan").doesNotContain("Sort");
        }
    }

    private List<AuditRecord> page(AuditSelection selection, Optional<AuditCursor> after, int limit) {
        return log.page(selection, after, limit);
    }

    /** A day of its own, far from today and from the other tests' days. */
    private static Instant window() {
        return Instant.parse("2001-01-01T00:00:00Z").plus(Duration.ofDays(WINDOW.incrementAndGet()));
    }

    private static AuditSelection selection(Instant window, Optional<AuditActor> actor) {
        return new AuditSelection(Optional.of(window), Optional.of(window.plus(Duration.ofDays(1))), actor);
    }

    private static AuditActor actor(String keyId) {
        return AuditActor.of(new ApiKeyId(keyId));
    }

    @SuppressWarnings("unchecked")
    private static TransactionOperations<Connection> transactions() {
        return (TransactionOperations<Connection>) context.getBean(Argument.of(TransactionOperations.class, Connection.class));
    }

    /** Records each statement the adapter runs, to run it again under EXPLAIN with the same parameters. */
    private static final class RecordingStatements extends ReadStatements {

        final List<String> sql = new ArrayList<>();
        private final List<List<?>> parameters = new ArrayList<>();

        RecordingStatements() {
            super(bean(JdbcOperations.class), transactions());
        }

        @Override
        <T> List<T> list(String statement, List<?> bound, RowReader<T> reader) {
            sql.add(statement);
            parameters.add(List.copyOf(bound));
            return super.list(statement, bound, reader);
        }

        /** The plan of the i-th statement as EXPLAIN ANALYZE prints it, one node a line. */
        String explain(int i) {
            return String.join("\n", super.list("EXPLAIN (ANALYZE, COSTS OFF) " + sql.get(i), parameters.get(i),
                    row -> row.getString(1))).strip();
        }
    }
}

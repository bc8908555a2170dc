package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.privacy.RecordDataDeletionPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.privacy.DeletedRows;
import dev.tiergate.domain.privacy.DeletionActor;
import dev.tiergate.domain.profile.UserId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.Map;

/**
 * Writes one data_deletions row per deletion: the member as the hex SHA-256 of
 * {@code <community id>:<user id>} (computed by PostgreSQL, so the id itself is never stored), the
 * actor, the time and the deleted-row counts as a JSON object.
 */
@Singleton
final class JdbcDataDeletionAuditAdapter implements RecordDataDeletionPort {

    private static final String RECORD = """
            INSERT INTO data_deletions (community_id, member_hash, actor, deleted_at, deleted_rows)
            SELECT ?, encode(sha256(convert_to(? || ':' || ?, 'UTF8')), 'hex'), ?, ?,
                   (SELECT coalesce(jsonb_object_agg(counted.kind, counted.rows), '{}'::jsonb)
                    FROM unnest(?::text[], ?::integer[]) AS counted(kind, rows))""";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcDataDeletionAuditAdapter(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void recordDataDeletion(CommunityId communityId, UserId deleted, DeletionActor actor, DeletedRows rows,
            Instant at) {
        Map<String, Integer> counts = rows.byKind();
        transactions.executeWrite(status -> jdbc.prepareStatement(RECORD, statement -> {
            Connection connection = statement.getConnection();
            statement.setString(1, communityId.value());
            statement.setString(2, communityId.value());
            statement.setString(3, deleted.value());
            statement.setString(4, actor.recorded());
            statement.setObject(5, Timestamps.parameter(at));
            statement.setArray(6, connection.createArrayOf("text", counts.keySet().toArray()));
            statement.setArray(7, connection.createArrayOf("integer", counts.values().toArray()));
            return statement.executeUpdate();
        }));
    }
}

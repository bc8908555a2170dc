package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.member.PurgeLeftMembersPort;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;

/**
 * Deletes members who left, one bounded batch per transaction, oldest departure first (read from the
 * index of departures). Their badge awards, Naib seatings, tier history and alert preferences go with
 * them: each references member_profiles with ON DELETE CASCADE. A member who re-joined meanwhile no
 * longer matches and stays. Left members hold no rank, so nobody's rank moves.
 */
@Singleton
final class JdbcMemberPurgeAdapter implements PurgeLeftMembersPort {

    private static final String PURGE = """
            DELETE FROM member_profiles p
            USING (SELECT community_id, user_id FROM member_profiles
                   WHERE left_at < ? ORDER BY left_at LIMIT ?) due
            WHERE p.community_id = due.community_id AND p.user_id = due.user_id AND p.left_at < ?""";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcMemberPurgeAdapter(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public int purgeLeftBefore(Instant cutoff, int limit) {
        return transactions.executeWrite(status -> jdbc.prepareStatement(PURGE, statement -> {
            statement.setObject(1, Timestamps.parameter(cutoff));
            statement.setInt(2, limit);
            statement.setObject(3, Timestamps.parameter(cutoff));
            return statement.executeUpdate();
        }));
    }
}

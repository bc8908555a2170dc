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
 * longer matches and stays. Left members hold no rank, so nobody's rank moves. Where a purged
 * member's id records an act of theirs on other members' rows (an award or revocation made as an
 * admin, a deletion they requested), it becomes {@code erased}, as on a data-deletion request.
 */
@Singleton
final class JdbcMemberPurgeAdapter implements PurgeLeftMembersPort {

    /**
     * One statement: pick the batch, erase the purged members' ids where they recorded an admin's act
     * on someone else's rows (as a data-deletion request does), then delete them.
     */
    private static final String PURGE = """
            WITH due AS (
                SELECT community_id, user_id FROM member_profiles
                WHERE left_at < ? ORDER BY left_at LIMIT ?),
            awards AS (
                UPDATE badge_awards b
                SET awarded_by = CASE WHEN b.awarded_by = due.user_id THEN 'erased' ELSE b.awarded_by END,
                    revoked_by = CASE WHEN b.revoked_by = due.user_id THEN 'erased' ELSE b.revoked_by END
                FROM due
                WHERE b.community_id = due.community_id AND b.user_id <> due.user_id
                  AND (b.awarded_by = due.user_id OR b.revoked_by = due.user_id)),
            deletions AS (
                UPDATE data_deletions d SET actor = 'erased'
                FROM due WHERE d.community_id = due.community_id AND d.actor = due.user_id)
            DELETE FROM member_profiles p
            USING due
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

package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.alert.AlertHistoryPort;
import dev.tiergate.application.port.out.alert.PendingAlert;
import dev.tiergate.domain.alert.AlertStatus;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The alert history in {@code alert_history}. Recording is one transaction: recent tier changes and
 * seatings of active communities' present members are inserted with ON CONFLICT DO NOTHING on their
 * fact key, and the at-risk band (ranks {@code fedaykin_cutoff - at_risk_window + 1 .. fedaykin_cutoff},
 * as {@code RankBands.isAtRisk}) is compared with {@code alert_at_risk_members}, the band at the last
 * recording: who is in it now and was not then gets an alert, and the band is stored for next time.
 */
@Singleton
final class JdbcAlertHistoryAdapter implements AlertHistoryPort {

    private static final String RECORD_TIER_CHANGES = """
            INSERT INTO alert_history (community_id, user_id, fact_key, event, from_tier, to_tier, occurred_at, recorded_at)
            SELECT t.community_id, t.user_id, 'tier:' || t.id,
                   CASE t.cause WHEN 'PROMOTED' THEN 'PROMOTED' ELSE 'DEMOTED' END, t.from_tier, t.to_tier, t.changed_at, ?
            FROM tier_changes t
            JOIN member_profiles p ON p.community_id = t.community_id AND p.user_id = t.user_id AND p.left_at IS NULL
            JOIN communities c ON c.id = t.community_id AND c.active
            WHERE t.changed_at > ?
            ON CONFLICT ON CONSTRAINT alert_history_fact_unique DO NOTHING""";
    private static final String RECORD_SEATINGS = """
            INSERT INTO alert_history (community_id, user_id, fact_key, event, occurred_at, recorded_at)
            SELECT s.community_id, s.user_id, f.prefix || s.id, f.event, f.at, ?
            FROM naib_seatings s
            CROSS JOIN LATERAL (VALUES ('seated:', 'SEATED', s.seated_at), ('unseated:', 'UNSEATED', s.unseated_at))
                AS f (prefix, event, at)
            JOIN member_profiles p ON p.community_id = s.community_id AND p.user_id = s.user_id AND p.left_at IS NULL
            JOIN communities c ON c.id = s.community_id AND c.active
            WHERE (s.seated_at > ? OR s.unseated_at > ?) AND f.at > ?
            ON CONFLICT ON CONSTRAINT alert_history_fact_unique DO NOTHING""";
    private static final String RECORD_AT_RISK = """
            WITH band AS (
                SELECT p.community_id, p.user_id, p.rank
                FROM member_profiles p JOIN communities c ON c.id = p.community_id AND c.active
                WHERE p.rank IS NOT NULL AND p.rank <= c.fedaykin_cutoff AND p.rank > c.fedaykin_cutoff - c.at_risk_window),
            entered AS (
                INSERT INTO alert_history (community_id, user_id, fact_key, event, rank, occurred_at, recorded_at)
                SELECT b.community_id, b.user_id, 'at-risk:' || ?, 'ENTERED_AT_RISK', b.rank, ?, ?
                FROM band b
                WHERE NOT EXISTS (SELECT 1 FROM alert_at_risk_members a
                                  WHERE a.community_id = b.community_id AND a.user_id = b.user_id)
                ON CONFLICT ON CONSTRAINT alert_history_fact_unique DO NOTHING
                RETURNING 1),
            left_band AS (
                DELETE FROM alert_at_risk_members a
                WHERE NOT EXISTS (SELECT 1 FROM band b WHERE b.community_id = a.community_id AND b.user_id = a.user_id)),
            kept AS (
                INSERT INTO alert_at_risk_members (community_id, user_id)
                SELECT community_id, user_id FROM band
                ON CONFLICT DO NOTHING)
            SELECT count(*) FROM entered""";
    private static final String CLAIM = """
            UPDATE alert_history h SET attempted_at = ?
            FROM communities c
            WHERE c.id = h.community_id AND h.id IN (
                SELECT id FROM alert_history
                WHERE status = 'PENDING' AND (attempted_at IS NULL OR attempted_at <= ?)
                ORDER BY occurred_at, id LIMIT ?
                FOR UPDATE SKIP LOCKED)
            RETURNING h.id, h.community_id, c.name, h.user_id, h.event, h.from_tier, h.to_tier, h.rank, h.occurred_at""";
    private static final String COUNT_SENT = """
            SELECT count(*) FROM alert_history
            WHERE community_id = ? AND user_id = ? AND status = 'SENT' AND settled_at > ?""";
    private static final String SETTLE = """
            UPDATE alert_history SET status = ?, detail = ?, settled_at = ?
            WHERE id = ? AND status = 'PENDING'""";
    private static final int DETAIL_LIMIT = 300;

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcAlertHistoryAdapter(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public int recordNewAlerts(Instant now, Duration lookback) {
        OffsetDateTime at = Timestamps.parameter(now);
        OffsetDateTime since = Timestamps.parameter(now.minus(lookback));
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, Timestamps.stored(now));
        return transactions.executeWrite(status -> {
            int tiers = jdbc.prepareStatement(RECORD_TIER_CHANGES, statement -> {
                statement.setObject(1, at);
                statement.setObject(2, since);
                return statement.executeUpdate();
            });
            int seats = jdbc.prepareStatement(RECORD_SEATINGS, statement -> {
                statement.setObject(1, at);
                statement.setObject(2, since);
                statement.setObject(3, since);
                statement.setObject(4, since);
                return statement.executeUpdate();
            });
            int atRisk = jdbc.prepareStatement(RECORD_AT_RISK, statement -> {
                statement.setString(1, Long.toString(micros));
                statement.setObject(2, at);
                statement.setObject(3, at);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            return tiers + seats + atRisk;
        });
    }

    @Override
    public List<PendingAlert> claimPendingAlerts(Instant now, Duration lease, int limit) {
        List<PendingAlert> claimed = transactions.executeWrite(status -> jdbc.prepareStatement(CLAIM, statement -> {
            statement.setObject(1, Timestamps.parameter(now));
            statement.setObject(2, Timestamps.parameter(now.minus(lease)));
            statement.setInt(3, limit);
            List<PendingAlert> alerts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    alerts.add(pending(rows));
                }
            }
            return alerts;
        }));
        return claimed.stream()
                .sorted(Comparator.comparing(PendingAlert::occurredAt).thenComparingLong(PendingAlert::id)).toList();
    }

    @Override
    public int countSentSince(CommunityId communityId, UserId member, Instant since) {
        return transactions.executeRead(status -> jdbc.prepareStatement(COUNT_SENT, statement -> {
            statement.setString(1, communityId.value());
            statement.setString(2, member.value());
            statement.setObject(3, Timestamps.parameter(since));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }));
    }

    @Override
    public void settleAlert(long alertId, AlertStatus status, String detail, Instant at) {
        if (status == AlertStatus.PENDING) {
            throw new IllegalArgumentException("an alert is settled as sent, failed or skipped");
        }
        String line = detail.replaceAll("\\p{Cntrl}+", " ");
        transactions.executeWrite(tx -> jdbc.prepareStatement(SETTLE, statement -> {
            statement.setString(1, status.name());
            statement.setString(2, line.length() <= DETAIL_LIMIT ? line : line.substring(0, DETAIL_LIMIT));
            statement.setObject(3, Timestamps.parameter(at));
            statement.setLong(4, alertId);
            return statement.executeUpdate();
        }));
    }

    private static PendingAlert pending(ResultSet row) throws SQLException {
        return new PendingAlert(row.getLong("id"), new CommunityId(row.getString("community_id")),
                row.getString("name"), new UserId(row.getString("user_id")), AlertFactMapper.fact(row),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant());
    }
}

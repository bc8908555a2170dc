package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.activity.ActivityPort;
import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * Activity on member_profiles: the balance as of its last update (decayed lazily in the domain),
 * its order key for the activity index, and last-active. The member's row is locked while its
 * balance is read and rewritten, so concurrent activity never loses points. An activity naming an
 * unknown member creates its profile, as a score update does: placeholder nym {@code member-<user id>}
 * (filled in by the member's first join), joined at the activity's time, unranked.
 */
@Singleton
final class JdbcActivityAdapter implements ActivityPort {

    /** The nym a score update also gives an unknown member; registration replaces it. */
    private static final String PLACEHOLDER_PREFIX = "member-";

    private static final String MARK = """
            INSERT INTO processed_events (community_id, event_id, processed_at) VALUES (?, ?, ?)
            ON CONFLICT (community_id, event_id) DO NOTHING""";

    /** Bounded, oldest first by the age index; ctid picks the rows without a second index look-up. */
    private static final String FORGET = """
            DELETE FROM processed_events WHERE ctid IN (
                SELECT ctid FROM processed_events WHERE processed_at < ? ORDER BY processed_at LIMIT ?)""";

    private static final String LOCK_MEMBER = """
            SELECT left_at IS NOT NULL AS left_community, activity_points, activity_updated_at FROM member_profiles
            WHERE community_id = ? AND user_id = ?
            FOR UPDATE""";

    private static final String INSERT_PLACEHOLDER = """
            INSERT INTO member_profiles (community_id, user_id, nym, nym_key, nym_placeholder, joined_at)
            VALUES (?, ?, ?, ?, true, ?)""";

    private static final String UPDATE_BALANCE = """
            UPDATE member_profiles
            SET activity_points = ?, activity_updated_at = ?, activity_order = ?,
                last_active_at = GREATEST(last_active_at, ?)
            WHERE community_id = ? AND user_id = ?""";

    /** What the member's locked row says. */
    private record Stored(boolean left, Optional<ActivityBalance> balance) {
    }

    private final NymAllocator nyms;
    private final CommunityAdvisoryLock lock;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcActivityAdapter(NymAllocator nyms, CommunityAdvisoryLock lock, JdbcOperations jdbc,
            TransactionOperations<Connection> transactions) {
        this.nyms = nyms;
        this.lock = lock;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public boolean markRecorded(CommunityId communityId, UUID activityId, Instant at) {
        return transactions.executeWrite(status -> jdbc.prepareStatement(MARK, statement -> {
            statement.setString(1, communityId.value());
            statement.setObject(2, activityId);
            statement.setObject(3, Timestamps.parameter(at));
            return statement.executeUpdate() == 1;
        }));
    }

    @Override
    public int forgetRecordedBefore(Instant cutoff, int limit) {
        return transactions.executeWrite(status -> jdbc.prepareStatement(FORGET, statement -> {
            statement.setObject(1, Timestamps.parameter(cutoff));
            statement.setInt(2, limit);
            return statement.executeUpdate();
        }));
    }

    @Override
    public Optional<ActivityBalance> addPoints(CommunityId communityId, UserId member, double points, Instant at) {
        Instant stored = Timestamps.stored(at);
        return transactions.executeWrite(status -> {
            Optional<Stored> row = lockMember(communityId, member);
            if (row.isEmpty()) {
                createPlaceholder(communityId, member, stored);
            } else if (row.get().left()) {
                return Optional.empty();
            }
            ActivityBalance before = row.flatMap(Stored::balance).orElse(ActivityBalance.none(stored));
            ActivityBalance after = before.plus(points, stored);
            updateBalance(communityId, member, after, stored);
            return Optional.of(after);
        });
    }

    private Optional<Stored> lockMember(CommunityId communityId, UserId member) {
        return jdbc.prepareStatement(LOCK_MEMBER, statement -> {
            statement.setString(1, communityId.value());
            statement.setString(2, member.value());
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                OffsetDateTime updatedAt = rows.getObject("activity_updated_at", OffsetDateTime.class);
                Optional<ActivityBalance> balance = updatedAt == null ? Optional.empty()
                        : Optional.of(new ActivityBalance(rows.getDouble("activity_points"), updatedAt.toInstant()));
                return Optional.of(new Stored(rows.getBoolean("left_community"), balance));
            }
        });
    }

    private void createPlaceholder(CommunityId communityId, UserId member, Instant joinedAt) {
        lock.acquire(communityId);
        Nym nym = nyms.firstFree(communityId, member, new Nym(PLACEHOLDER_PREFIX + member.value()));
        jdbc.prepareStatement(INSERT_PLACEHOLDER, statement -> {
            statement.setString(1, communityId.value());
            statement.setString(2, member.value());
            statement.setString(3, nym.value());
            statement.setString(4, nym.key());
            statement.setObject(5, Timestamps.parameter(joinedAt));
            return statement.executeUpdate();
        });
    }

    private void updateBalance(CommunityId communityId, UserId member, ActivityBalance balance, Instant at) {
        jdbc.prepareStatement(UPDATE_BALANCE, statement -> {
            statement.setDouble(1, balance.points());
            statement.setObject(2, Timestamps.parameter(balance.asOf()));
            OptionalDouble order = balance.orderKey();
            if (order.isPresent()) {
                statement.setDouble(3, order.getAsDouble());
            } else {
                statement.setNull(3, Types.DOUBLE);
            }
            statement.setObject(4, Timestamps.parameter(at));
            statement.setString(5, communityId.value());
            statement.setString(6, member.value());
            return statement.executeUpdate();
        });
    }
}

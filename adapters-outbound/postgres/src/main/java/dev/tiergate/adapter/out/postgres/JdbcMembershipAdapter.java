package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.member.MembershipPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Membership;
import dev.tiergate.domain.profile.UserId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Joins and leaves on member_profiles: membership_changed_at holds the gateway time of the last one
 * applied, and a leave sets left_at and clears the rank in one statement (the rank constraint holds
 * every writer to that), then re-ranks the community if the member held a rank.
 */
@Singleton
final class JdbcMembershipAdapter implements MembershipPort {

    private static final String FIND = """
            SELECT left_at IS NOT NULL AS left_community, nym_placeholder, membership_changed_at
            FROM member_profiles WHERE community_id = ? AND user_id = ?""";

    private static final String STAMP_JOIN = """
            UPDATE member_profiles
            SET membership_changed_at = GREATEST(membership_changed_at, ?), avatar_url = COALESCE(?, avatar_url)
            WHERE community_id = ? AND user_id = ?""";

    /** Whether the member is stored, and its rank; the row stays locked until the leave commits. */
    private static final String LOCK_RANK = """
            SELECT rank FROM member_profiles WHERE community_id = ? AND user_id = ?
            FOR UPDATE""";

    private static final String LEAVE = """
            UPDATE member_profiles
            SET left_at = COALESCE(left_at, ?), rank = NULL, membership_changed_at = GREATEST(membership_changed_at, ?)
            WHERE community_id = ? AND user_id = ?""";

    /** What a locked row says: stored or not, and ranked or not. */
    private enum Stored {
        ABSENT, UNRANKED, RANKED
    }

    private final PlaceholderMembers placeholders;
    private final RankMaterializer ranks;
    private final CommunityAdvisoryLock lock;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcMembershipAdapter(PlaceholderMembers placeholders, RankMaterializer ranks, CommunityAdvisoryLock lock,
            JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.placeholders = placeholders;
        this.ranks = ranks;
        this.lock = lock;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Optional<Membership> findMembership(CommunityId communityId, UserId userId) {
        return transactions.executeRead(status -> jdbc.prepareStatement(FIND, statement -> {
            statement.setString(1, communityId.value());
            statement.setString(2, userId.value());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                OffsetDateTime changedAt = row.getObject("membership_changed_at", OffsetDateTime.class);
                return Optional.of(new Membership(row.getBoolean("left_community"), !row.getBoolean("nym_placeholder"),
                        Optional.ofNullable(changedAt).map(OffsetDateTime::toInstant)));
            }
        }));
    }

    @Override
    public void recordJoin(CommunityId communityId, UserId userId, Optional<String> avatarUrl, Instant at) {
        transactions.executeWrite(status -> jdbc.prepareStatement(STAMP_JOIN, statement -> {
            statement.setObject(1, Timestamps.parameter(at));
            statement.setString(2, avatarUrl.orElse(null));
            statement.setString(3, communityId.value());
            statement.setString(4, userId.value());
            return statement.executeUpdate();
        }));
    }

    @Override
    public void recordLeave(CommunityId communityId, UserId userId, Instant at) {
        transactions.executeWrite(status -> {
            lock.acquire(communityId);
            Stored stored = lockRank(communityId, userId);
            if (stored == Stored.ABSENT) {
                placeholders.create(communityId, userId, at);
            }
            jdbc.prepareStatement(LEAVE, statement -> {
                statement.setObject(1, Timestamps.parameter(at));
                statement.setObject(2, Timestamps.parameter(at));
                statement.setString(3, communityId.value());
                statement.setString(4, userId.value());
                return statement.executeUpdate();
            });
            if (stored == Stored.RANKED) {
                ranks.rerank(communityId);
            }
            return null;
        });
    }

    private Stored lockRank(CommunityId communityId, UserId userId) {
        return jdbc.prepareStatement(LOCK_RANK, statement -> {
            statement.setString(1, communityId.value());
            statement.setString(2, userId.value());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Stored.ABSENT;
                }
                row.getInt("rank");
                return row.wasNull() ? Stored.UNRANKED : Stored.RANKED;
            }
        });
    }
}

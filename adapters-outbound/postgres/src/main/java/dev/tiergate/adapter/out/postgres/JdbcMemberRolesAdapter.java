package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.member.RecordMemberRolesPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.Snowflake;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Set;

/**
 * Members' Discord roles on member_profiles (discord_role_ids, in snowflake order, as of
 * roles_updated_at): one conditional update writes them only over roles as of an earlier time, so a
 * late or replayed member.update changes nothing. A member never seen gets a placeholder profile first.
 */
@Singleton
final class JdbcMemberRolesAdapter implements RecordMemberRolesPort {

    private static final String RECORD = """
            UPDATE member_profiles SET discord_role_ids = ?, roles_updated_at = ?
            WHERE community_id = ? AND user_id = ? AND (roles_updated_at IS NULL OR roles_updated_at < ?)""";

    private static final String EXISTS = "SELECT 1 FROM member_profiles WHERE community_id = ? AND user_id = ?";

    private final PlaceholderMembers placeholders;
    private final CommunityAdvisoryLock lock;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcMemberRolesAdapter(PlaceholderMembers placeholders, CommunityAdvisoryLock lock, JdbcOperations jdbc,
            TransactionOperations<Connection> transactions) {
        this.placeholders = placeholders;
        this.lock = lock;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public boolean recordRoles(CommunityId communityId, UserId userId, Set<String> roleIds, Instant at) {
        String[] roles = roleIds.stream().sorted(Snowflake::compare).toArray(String[]::new);
        return transactions.executeWrite(status -> {
            if (update(communityId, userId, roles, at)) {
                return true;
            }
            lock.acquire(communityId);
            if (exists(communityId, userId)) {
                return false;
            }
            placeholders.create(communityId, userId, at);
            return update(communityId, userId, roles, at);
        });
    }

    private boolean update(CommunityId communityId, UserId userId, String[] roles, Instant at) {
        return jdbc.prepareStatement(RECORD, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", roles));
            statement.setObject(2, Timestamps.parameter(at));
            statement.setString(3, communityId.value());
            statement.setString(4, userId.value());
            statement.setObject(5, Timestamps.parameter(at));
            return statement.executeUpdate() == 1;
        });
    }

    private boolean exists(CommunityId communityId, UserId userId) {
        return jdbc.prepareStatement(EXISTS, statement -> {
            statement.setString(1, communityId.value());
            statement.setString(2, userId.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        });
    }
}

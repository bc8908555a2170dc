package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.rolesync.LoadRoleMismatchesPort;
import dev.tiergate.application.port.out.rolesync.MemberTierRoles;
import dev.tiergate.application.port.out.rolesync.RecordTierRolePort;
import dev.tiergate.application.port.out.rolesync.RoleRemovals;
import dev.tiergate.application.port.out.rolesync.RoleSyncFailuresPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.role.RoleSyncFailure;
import dev.tiergate.domain.tier.Tier;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Role sync's state in PostgreSQL: the mismatch between members' recorded roles (discord_role_ids) and
 * their tier's role over the community's tier roles (community_tiers.role_id), found set-based per
 * community in keyset pages of the role-sync index; applied changes written into the recorded roles
 * (roles_updated_at, the gateway's time, untouched); final refusals upserted into role_sync_failures.
 */
@Singleton
final class JdbcRoleSyncAdapter implements LoadRoleMismatchesPort, RecordTierRolePort, RoleSyncFailuresPort {

    private static final String TIER_ROLES = """
            WITH tier_roles AS (
                SELECT tier, role_id FROM community_tiers WHERE community_id = ? AND role_id IS NOT NULL)
            """;

    private static final String COMMUNITIES = """
            SELECT c.id FROM communities c
            WHERE c.active AND EXISTS (SELECT 1 FROM community_tiers t WHERE t.community_id = c.id AND t.role_id IS NOT NULL)
            ORDER BY c.id""";

    private static final String MISMATCHED = TIER_ROLES + """
            , members AS (
                SELECT p.user_id, p.tier, p.discord_role_ids,
                       (SELECT t.role_id FROM tier_roles t WHERE t.tier = p.tier) AS wanted,
                       ARRAY(SELECT f.role_id FROM role_sync_failures f
                             WHERE f.community_id = p.community_id AND f.user_id = p.user_id
                               AND f.roles_as_of = p.roles_updated_at) AS standing
                FROM member_profiles p
                WHERE p.community_id = ? AND p.discord_role_ids IS NOT NULL AND p.left_at IS NULL AND p.user_id > ?
                ORDER BY p.user_id)
            SELECT m.user_id, m.tier, m.discord_role_ids, m.standing FROM members m
            WHERE EXISTS (
                SELECT 1 FROM (
                    SELECT m.wanted AS role_id WHERE m.wanted IS NOT NULL AND NOT m.wanted = ANY (m.discord_role_ids)
                    UNION ALL
                    SELECT t.role_id FROM tier_roles t
                    WHERE t.role_id = ANY (m.discord_role_ids) AND t.role_id IS DISTINCT FROM m.wanted) change
                WHERE ? OR NOT change.role_id = ANY (m.standing))
            ORDER BY m.user_id
            LIMIT ?""";

    private static final String COUNT_REMOVALS = TIER_ROLES + """
            SELECT count(*) FILTER (WHERE EXISTS (
                       SELECT 1 FROM tier_roles t
                       WHERE t.role_id = ANY (p.discord_role_ids)
                         AND t.role_id IS DISTINCT FROM (SELECT w.role_id FROM tier_roles w WHERE w.tier = p.tier))),
                   count(*)
            FROM member_profiles p
            WHERE p.community_id = ? AND p.discord_role_ids IS NOT NULL AND p.left_at IS NULL""";

    /** Keeps the recorded roles in snowflake order (a longer snowflake is a larger one). */
    private static final String ADD_ROLE = """
            UPDATE member_profiles
            SET discord_role_ids = ARRAY(SELECT r FROM unnest(discord_role_ids || ?::text) r ORDER BY length(r), r)
            WHERE community_id = ? AND user_id = ? AND discord_role_ids IS NOT NULL AND NOT ? = ANY (discord_role_ids)""";

    private static final String REMOVE_ROLE = """
            UPDATE member_profiles SET discord_role_ids = array_remove(discord_role_ids, ?)
            WHERE community_id = ? AND user_id = ? AND ? = ANY (discord_role_ids)""";

    private static final String RECORD_FAILURE = """
            INSERT INTO role_sync_failures (community_id, user_id, role_id, reason, detail, failed_at, roles_as_of)
            SELECT community_id, user_id, ?, ?, ?, ?, roles_updated_at FROM member_profiles
            WHERE community_id = ? AND user_id = ? AND roles_updated_at IS NOT NULL
            ON CONFLICT (community_id, user_id, role_id) DO UPDATE
            SET reason = EXCLUDED.reason, detail = EXCLUDED.detail, failed_at = EXCLUDED.failed_at,
                roles_as_of = EXCLUDED.roles_as_of""";

    private static final String LIST_FAILURES = """
            SELECT user_id, role_id, reason, detail, failed_at FROM role_sync_failures
            WHERE community_id = ? ORDER BY failed_at DESC, user_id, role_id LIMIT ?""";

    private static final String CLEAR_FAILURES = "DELETE FROM role_sync_failures WHERE community_id = ?";

    private final ReadStatements reads;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcRoleSyncAdapter(ReadStatements reads, JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.reads = reads;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public List<CommunityId> communitiesWithTierRoles() {
        return reads.list(COMMUNITIES, List.of(), row -> new CommunityId(row.getString(1)));
    }

    @Override
    public List<MemberTierRoles> mismatchedMembers(CommunityId community, Optional<UserId> after, int limit,
            boolean includingFailures) {
        return reads.list(MISMATCHED, List.of(community.value(), community.value(),
                after.map(UserId::value).orElse(""), includingFailures, limit),
                row -> new MemberTierRoles(new UserId(row.getString(1)), Tier.valueOf(row.getString(2)),
                        texts(row.getArray(3)), texts(row.getArray(4))));
    }

    @Override
    public RoleRemovals countRemovals(CommunityId community) {
        return reads.list(COUNT_REMOVALS, List.of(community.value(), community.value()),
                row -> new RoleRemovals(row.getInt(1), row.getInt(2))).getFirst();
    }

    @Override
    public void recordRoleAdded(CommunityId community, UserId member, String roleId) {
        write(ADD_ROLE, community, member, roleId);
    }

    @Override
    public void recordRoleRemoved(CommunityId community, UserId member, String roleId) {
        write(REMOVE_ROLE, community, member, roleId);
    }

    private void write(String sql, CommunityId community, UserId member, String roleId) {
        transactions.executeWrite(status -> jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, roleId);
            statement.setString(2, community.value());
            statement.setString(3, member.value());
            statement.setString(4, roleId);
            return statement.executeUpdate();
        }));
    }

    @Override
    public void recordFailure(RoleSyncFailure failure) {
        transactions.executeWrite(status -> jdbc.prepareStatement(RECORD_FAILURE, statement -> {
            statement.setString(1, failure.roleId());
            statement.setString(2, failure.reason().name());
            statement.setString(3, failure.detail());
            statement.setObject(4, Timestamps.parameter(failure.at()));
            statement.setString(5, failure.community().value());
            statement.setString(6, failure.member().value());
            return statement.executeUpdate();
        }));
    }

    @Override
    public List<RoleSyncFailure> listFailures(CommunityId community, int limit) {
        return reads.list(LIST_FAILURES, List.of(community.value(), limit),
                row -> new RoleSyncFailure(community, new UserId(row.getString(1)), row.getString(2),
                        RoleSyncFailure.Reason.valueOf(row.getString(3)), row.getString(4),
                        row.getObject(5, OffsetDateTime.class).toInstant()));
    }

    @Override
    public int clearFailures(CommunityId community) {
        return transactions.executeWrite(status -> jdbc.prepareStatement(CLEAR_FAILURES, statement -> {
            statement.setString(1, community.value());
            return statement.executeUpdate();
        }));
    }

    private static Set<String> texts(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }
}

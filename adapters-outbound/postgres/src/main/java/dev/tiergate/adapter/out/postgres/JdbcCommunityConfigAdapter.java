package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.communityconfig.SaveCommunityConfigPort;
import dev.tiergate.domain.community.Community;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;

/**
 * Stores a community's rules: its scalar rules on communities, its tier rules (minimum scores and roles)
 * replaced whole in community_tiers, in one transaction. Name, presence and the badge catalog are not touched.
 */
@Singleton
final class JdbcCommunityConfigAdapter implements SaveCommunityConfigPort {

    private static final String UPDATE = """
            UPDATE communities
            SET naib_seats = ?, fedaykin_cutoff = ?, at_risk_window = ?, waitlist_size = ?, demotion_grace_millis = ?,
                launched_at = ?, admin_role_ids = ?, tracked_channel_ids = ?
            WHERE id = ?""";

    private static final String DELETE_TIERS = "DELETE FROM community_tiers WHERE community_id = ?";

    private final JdbcOperations jdbc;
    private final CommunityTierRowRepository tiers;
    private final TransactionOperations<Connection> transactions;

    JdbcCommunityConfigAdapter(JdbcOperations jdbc, CommunityTierRowRepository tiers,
            TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.tiers = tiers;
        this.transactions = transactions;
    }

    @Override
    public void saveCommunityConfig(Community community) {
        CommunityRow row = CommunityMapper.toRow(community);
        transactions.executeWrite(status -> {
            int updated = jdbc.prepareStatement(UPDATE, statement -> {
                Connection connection = statement.getConnection();
                statement.setInt(1, row.naibSeats());
                statement.setInt(2, row.fedaykinCutoff());
                statement.setInt(3, row.atRiskWindow());
                statement.setInt(4, row.waitlistSize());
                statement.setLong(5, row.demotionGraceMillis());
                statement.setObject(6, row.launchedAt() == null ? null : Timestamps.parameter(row.launchedAt()));
                statement.setArray(7, connection.createArrayOf("text", row.adminRoleIds()));
                statement.setArray(8, connection.createArrayOf("text", row.trackedChannelIds()));
                statement.setString(9, row.id());
                return statement.executeUpdate();
            });
            if (updated != 1) {
                throw new IllegalStateException("community " + row.id() + " is not stored");
            }
            jdbc.prepareStatement(DELETE_TIERS, statement -> {
                statement.setString(1, row.id());
                return statement.executeUpdate();
            });
            return tiers.saveAll(CommunityMapper.toTierRows(community));
        });
    }
}

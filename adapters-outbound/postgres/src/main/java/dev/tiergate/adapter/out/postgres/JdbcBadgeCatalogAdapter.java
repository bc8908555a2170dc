package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.badgecatalog.EditBadgeCatalogPort;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.CommunityId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;

/**
 * Edits community_badges one badge at a time. A removal is one statement that checks badge_awards, so a
 * badge ever awarded (held or revoked) is never removed: the foreign key would cascade and erase its history.
 */
@Singleton
final class JdbcBadgeCatalogAdapter implements EditBadgeCatalogPort {

    private static final String ADD = """
            INSERT INTO community_badges (community_id, badge_id, name, emoji, category, description, position)
            SELECT ?, ?, ?, ?, ?, ?, COALESCE(max(position) + 1, 0) FROM community_badges WHERE community_id = ?""";

    private static final String REPLACE = """
            UPDATE community_badges SET name = ?, emoji = ?, category = ?, description = ?
            WHERE community_id = ? AND badge_id = ?""";

    private static final String REMOVE_NEVER_AWARDED = """
            DELETE FROM community_badges c
            WHERE c.community_id = ? AND c.badge_id = ?
              AND NOT EXISTS (SELECT 1 FROM badge_awards a WHERE a.community_id = c.community_id
                                                            AND a.badge_id = c.badge_id)""";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcBadgeCatalogAdapter(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void addBadge(CommunityId communityId, Badge badge) {
        transactions.executeWrite(status -> jdbc.prepareStatement(ADD, statement -> {
            statement.setString(1, communityId.value());
            statement.setString(2, badge.id().value());
            statement.setString(3, badge.name());
            statement.setString(4, badge.emoji());
            statement.setString(5, badge.category().name());
            statement.setString(6, badge.description());
            statement.setString(7, communityId.value());
            return statement.executeUpdate();
        }));
    }

    @Override
    public void replaceBadge(CommunityId communityId, Badge badge) {
        transactions.executeWrite(status -> jdbc.prepareStatement(REPLACE, statement -> {
            statement.setString(1, badge.name());
            statement.setString(2, badge.emoji());
            statement.setString(3, badge.category().name());
            statement.setString(4, badge.description());
            statement.setString(5, communityId.value());
            statement.setString(6, badge.id().value());
            return statement.executeUpdate();
        }));
    }

    @Override
    public boolean removeBadgeNeverAwarded(CommunityId communityId, BadgeId badge) {
        return transactions.executeWrite(status -> jdbc.prepareStatement(REMOVE_NEVER_AWARDED, statement -> {
            statement.setString(1, communityId.value());
            statement.setString(2, badge.value());
            return statement.executeUpdate() == 1;
        }));
    }
}

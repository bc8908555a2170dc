package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.privacy.EraseMemberDataPort;
import dev.tiergate.application.port.out.privacy.MemberErasure;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.privacy.DeletedRows;
import dev.tiergate.domain.profile.UserId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Erases a member under the community's lock: locks its profile row, deletes its rows from every
 * table keyed by the member (children first, the profile last, so the count of each is known and no
 * cascade is relied on), replaces its id with {@code erased} where it names who awarded or revoked a
 * badge or who asked for a deletion, and re-ranks the community if the member held a rank.
 */
@Singleton
final class JdbcMemberErasureAdapter implements EraseMemberDataPort {

    /** Every table whose rows belong to one member (community_id, user_id), children of member_profiles. */
    private static final List<String> MEMBER_TABLES = List.of("badge_awards", "naib_seatings", "tier_changes",
            "alert_preferences", "alert_history", "alert_at_risk_members", "role_sync_failures");
    private static final String PROFILES = "member_profiles";
    private static final String ERASED_ACTORS = "erased_actor_references";

    private static final String LOCK_STANDING = """
            SELECT p.rank IS NOT NULL AS ranked,
                   EXISTS (SELECT 1 FROM naib_seatings s
                           WHERE s.community_id = p.community_id AND s.user_id = p.user_id
                             AND s.unseated_at IS NULL) AS seated
            FROM member_profiles p WHERE p.community_id = ? AND p.user_id = ?
            FOR UPDATE""";

    private static final String ERASE_AWARD_ACTORS = """
            UPDATE badge_awards
            SET awarded_by = CASE WHEN awarded_by = ? THEN ? ELSE awarded_by END,
                revoked_by = CASE WHEN revoked_by = ? THEN ? ELSE revoked_by END
            WHERE community_id = ? AND (awarded_by = ? OR revoked_by = ?)""";

    private static final String ERASE_DELETION_ACTORS = """
            UPDATE data_deletions SET actor = 'erased' WHERE community_id = ? AND actor = ?""";

    /** What the member's locked row says. */
    private record Standing(boolean ranked, boolean seated) {
    }

    private final JdbcOperations jdbc;
    private final RankMaterializer ranks;
    private final CommunityAdvisoryLock lock;
    private final TransactionOperations<Connection> transactions;

    JdbcMemberErasureAdapter(JdbcOperations jdbc, RankMaterializer ranks, CommunityAdvisoryLock lock,
            TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.ranks = ranks;
        this.lock = lock;
        this.transactions = transactions;
    }

    @Override
    public Optional<MemberErasure> eraseMemberData(CommunityId communityId, UserId userId) {
        return transactions.executeWrite(status -> {
            lock.acquire(communityId);
            Optional<Standing> standing = lockStanding(communityId, userId);
            if (standing.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Integer> rows = new LinkedHashMap<>();
            for (String table : MEMBER_TABLES) {
                rows.put(table, deleteMemberRows(table, communityId, userId));
            }
            rows.put(PROFILES, deleteMemberRows(PROFILES, communityId, userId));
            rows.put(ERASED_ACTORS, eraseActorReferences(communityId, userId));
            if (standing.get().ranked()) {
                ranks.rerank(communityId);
            }
            return Optional.of(new MemberErasure(standing.get().ranked(), standing.get().seated(), new DeletedRows(rows)));
        });
    }

    private Optional<Standing> lockStanding(CommunityId communityId, UserId userId) {
        return jdbc.prepareStatement(LOCK_STANDING, statement -> {
            statement.setString(1, communityId.value());
            statement.setString(2, userId.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new Standing(row.getBoolean("ranked"), row.getBoolean("seated")))
                        : Optional.empty();
            }
        });
    }

    private int deleteMemberRows(String table, CommunityId communityId, UserId userId) {
        return jdbc.prepareStatement("DELETE FROM " + table + " WHERE community_id = ? AND user_id = ?", statement -> {
            statement.setString(1, communityId.value());
            statement.setString(2, userId.value());
            return statement.executeUpdate();
        });
    }

    private int eraseActorReferences(CommunityId communityId, UserId userId) {
        String erased = AwardSource.Erased.RECORDED;
        int awards = jdbc.prepareStatement(ERASE_AWARD_ACTORS, statement -> {
            statement.setString(1, userId.value());
            statement.setString(2, erased);
            statement.setString(3, userId.value());
            statement.setString(4, erased);
            statement.setString(5, communityId.value());
            statement.setString(6, userId.value());
            statement.setString(7, userId.value());
            return statement.executeUpdate();
        });
        int deletions = jdbc.prepareStatement(ERASE_DELETION_ACTORS, statement -> {
            statement.setString(1, communityId.value());
            statement.setString(2, userId.value());
            return statement.executeUpdate();
        });
        return awards + deletions;
    }
}

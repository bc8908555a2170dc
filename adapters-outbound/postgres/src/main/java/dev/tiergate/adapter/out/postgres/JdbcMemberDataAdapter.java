package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.privacy.LoadMemberDataPort;
import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.alert.AlertFrequency;
import dev.tiergate.domain.alert.AlertPreferences;
import dev.tiergate.domain.alert.AlertStatus;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.BadgeAwardRecord;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.privacy.AlertHistoryEntry;
import dev.tiergate.domain.privacy.MemberData;
import dev.tiergate.domain.privacy.RoleSyncFailureEntry;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.profile.WalletAddress;
import dev.tiergate.domain.role.RoleSyncFailure;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.tier.TierChange;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads everything stored about one member, left or present: its profile row (the wallet and the
 * Discord roles included) and its rows in tier_changes, naib_seatings, badge_awards, alert_preferences,
 * alert_history, alert_at_risk_members and role_sync_failures, all in one read-only repeatable-read
 * transaction, so the parts agree with each other.
 */
@Singleton
final class JdbcMemberDataAdapter implements LoadMemberDataPort {

    private static final TransactionDefinition SNAPSHOT = snapshot();

    private static final String PROFILE = """
            SELECT user_id, nym, bio, avatar_url, joined_at, score, score_as_of, wallet, left_at, directory_opt_out,
                   tier, tier_below_since, rank, activity_points, activity_updated_at, last_active_at, nym_changed_at,
                   membership_changed_at, discord_role_ids, roles_updated_at
            FROM member_profiles WHERE community_id = ? AND user_id = ?""";

    private static final String TIER_HISTORY = """
            SELECT from_tier, to_tier, changed_at, cause FROM tier_changes
            WHERE community_id = ? AND user_id = ? ORDER BY changed_at, id""";

    private static final String SEATINGS = """
            SELECT seated_at, unseated_at FROM naib_seatings
            WHERE community_id = ? AND user_id = ? ORDER BY seated_at, id""";

    private static final String BADGE_AWARDS = """
            SELECT badge_id, awarded_at, awarded_by, award_reason, revoked_at, revoked_by, revoke_reason
            FROM badge_awards WHERE community_id = ? AND user_id = ? ORDER BY awarded_at, id""";

    private static final String ALERT_PREFERENCES = """
            SELECT position_updates, at_risk_warnings, naib_alerts, frequency FROM alert_preferences
            WHERE community_id = ? AND user_id = ?""";

    private static final String ALERT_HISTORY = """
            SELECT event, from_tier, to_tier, rank, status, occurred_at, recorded_at, attempted_at, settled_at, detail
            FROM alert_history WHERE community_id = ? AND user_id = ? ORDER BY occurred_at, id""";

    private static final String AT_RISK = """
            SELECT count(*) FROM alert_at_risk_members WHERE community_id = ? AND user_id = ?""";

    private static final String ROLE_SYNC_FAILURES = """
            SELECT role_id, reason, detail, failed_at, roles_as_of FROM role_sync_failures
            WHERE community_id = ? AND user_id = ? ORDER BY failed_at, role_id""";

    /** The member's rows in the tables keyed by the member, read before its profile row. */
    private record Histories(List<TierChange> tierHistory, List<Seating> seatings, List<BadgeAwardRecord> badgeAwards,
            Optional<AlertPreferences> alertPreferences, List<AlertHistoryEntry> alertHistory,
            boolean atRiskAtLastAlertRun, List<RoleSyncFailureEntry> roleSyncFailures) {
    }

    private final ReadStatements reads;
    private final TransactionOperations<Connection> transactions;

    JdbcMemberDataAdapter(ReadStatements reads, TransactionOperations<Connection> transactions) {
        this.reads = reads;
        this.transactions = transactions;
    }

    @Override
    public Optional<MemberData> loadMemberData(CommunityId communityId, UserId userId) {
        List<Object> member = List.of(communityId.value(), userId.value());
        return transactions.execute(SNAPSHOT, status -> {
            Histories histories = new Histories(reads.list(TIER_HISTORY, member, JdbcMemberDataAdapter::tierChange),
                    reads.list(SEATINGS, member, row -> seating(userId, row)),
                    reads.list(BADGE_AWARDS, member, JdbcMemberDataAdapter::badgeAward),
                    reads.list(ALERT_PREFERENCES, member, JdbcMemberDataAdapter::alertPreferences).stream().findFirst(),
                    reads.list(ALERT_HISTORY, member, JdbcMemberDataAdapter::alertHistoryEntry),
                    reads.count(AT_RISK, member) > 0,
                    reads.list(ROLE_SYNC_FAILURES, member, JdbcMemberDataAdapter::roleSyncFailure));
            return reads.list(PROFILE, member, row -> memberData(communityId, row, histories)).stream().findFirst();
        });
    }

    private static MemberData memberData(CommunityId communityId, ResultSet row, Histories histories)
            throws SQLException {
        Optional<Instant> leftAt = instant(row, "left_at");
        MemberProfile profile = new MemberProfile(communityId, new UserId(row.getString("user_id")),
                new Nym(row.getString("nym")), new Bio(row.getString("bio")),
                Optional.ofNullable(row.getString("avatar_url")), instant(row, "joined_at").orElseThrow(),
                new Score(row.getBigDecimal("score")), Tier.valueOf(row.getString("tier")), leftAt.isPresent(),
                row.getBoolean("directory_opt_out"), Optional.ofNullable(row.getString("wallet")).map(WalletAddress::new));
        int rank = row.getInt("rank");
        OptionalInt ranked = row.wasNull() ? OptionalInt.empty() : OptionalInt.of(rank);
        Array roles = row.getArray("discord_role_ids");
        List<String> roleIds = roles == null ? List.of() : List.of((String[]) roles.getArray());
        double points = row.getDouble("activity_points");
        Optional<ActivityBalance> activity = instant(row, "activity_updated_at")
                .map(asOf -> new ActivityBalance(points, asOf));
        return new MemberData(profile, instant(row, "score_as_of"), ranked, leftAt,
                instant(row, "membership_changed_at"), roleIds, instant(row, "roles_updated_at"),
                instant(row, "tier_below_since"), activity, instant(row, "last_active_at"),
                instant(row, "nym_changed_at"), histories.tierHistory(), histories.seatings(), histories.badgeAwards(),
                histories.alertPreferences(), histories.alertHistory(), histories.atRiskAtLastAlertRun(),
                histories.roleSyncFailures());
    }

    private static TierChange tierChange(ResultSet row) throws SQLException {
        return new TierChange(Tier.valueOf(row.getString("from_tier")), Tier.valueOf(row.getString("to_tier")),
                instant(row, "changed_at").orElseThrow(), TierChange.Cause.valueOf(row.getString("cause")));
    }

    private static Seating seating(UserId userId, ResultSet row) throws SQLException {
        return new Seating(userId, instant(row, "seated_at").orElseThrow(), instant(row, "unseated_at"));
    }

    private static BadgeAwardRecord badgeAward(ResultSet row) throws SQLException {
        Optional<Instant> revokedAt = instant(row, "revoked_at");
        String revokedBy = row.getString("revoked_by");
        String revokeReason = Optional.ofNullable(row.getString("revoke_reason")).orElse("");
        Optional<BadgeAwardRecord.Revocation> revocation = revokedAt.map(at ->
                new BadgeAwardRecord.Revocation(at, AwardSource.parse(revokedBy), revokeReason));
        return new BadgeAwardRecord(new BadgeId(row.getString("badge_id")), instant(row, "awarded_at").orElseThrow(),
                AwardSource.parse(row.getString("awarded_by")), row.getString("award_reason"), revocation);
    }

    private static AlertPreferences alertPreferences(ResultSet row) throws SQLException {
        return new AlertPreferences(row.getBoolean("position_updates"), row.getBoolean("at_risk_warnings"),
                row.getBoolean("naib_alerts"), AlertFrequency.valueOf(row.getString("frequency")));
    }

    private static AlertHistoryEntry alertHistoryEntry(ResultSet row) throws SQLException {
        return new AlertHistoryEntry(AlertFactMapper.fact(row), AlertStatus.valueOf(row.getString("status")),
                instant(row, "occurred_at").orElseThrow(), instant(row, "recorded_at").orElseThrow(),
                instant(row, "attempted_at"), instant(row, "settled_at"), Optional.ofNullable(row.getString("detail")));
    }

    private static RoleSyncFailureEntry roleSyncFailure(ResultSet row) throws SQLException {
        return new RoleSyncFailureEntry(row.getString("role_id"), RoleSyncFailure.Reason.valueOf(row.getString("reason")),
                row.getString("detail"), instant(row, "failed_at").orElseThrow(),
                instant(row, "roles_as_of").orElseThrow());
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static TransactionDefinition snapshot() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setReadOnly(true);
        definition.setIsolationLevel(TransactionDefinition.Isolation.REPEATABLE_READ);
        return definition;
    }
}

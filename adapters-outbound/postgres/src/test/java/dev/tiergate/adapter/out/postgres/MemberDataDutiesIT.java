package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.privacy.DeleteMemberDataCommand;
import dev.tiergate.application.port.in.privacy.MemberDataDeletion;
import dev.tiergate.application.port.in.score.IngestScoresCommand;
import dev.tiergate.application.port.out.activity.ActivityPort;
import dev.tiergate.application.port.out.alert.AlertPreferencesPort;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.naib.LoadNaibSeatsPort;
import dev.tiergate.application.port.out.naib.UpdateNaibSeatsPort;
import dev.tiergate.application.port.out.privacy.EraseMemberDataPort;
import dev.tiergate.application.port.out.privacy.ForgetMemberStatePort;
import dev.tiergate.application.port.out.privacy.LoadMemberDataPort;
import dev.tiergate.application.port.out.privacy.RecordDataDeletionPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.application.port.out.rolesync.RoleSyncFailuresPort;
import dev.tiergate.application.port.out.session.SessionKey;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.privacy.DeleteMemberDataService;
import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.alert.AlertFact;
import dev.tiergate.domain.alert.AlertFrequency;
import dev.tiergate.domain.alert.AlertKind;
import dev.tiergate.domain.alert.AlertPreferences;
import dev.tiergate.domain.alert.AlertStatus;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.BadgeAwardRecord;
import dev.tiergate.domain.badge.BadgeGrant;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.badge.BadgeRules;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.naib.SeatingChanges;
import dev.tiergate.domain.privacy.AlertHistoryEntry;
import dev.tiergate.domain.privacy.DeletedRows;
import dev.tiergate.domain.privacy.DeletionActor;
import dev.tiergate.domain.privacy.MemberData;
import dev.tiergate.domain.privacy.RoleSyncFailureEntry;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.profile.WalletAddress;
import dev.tiergate.domain.role.RoleSyncFailure;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.tier.TierChange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Export and deletion of one member's data on the real schema: the export holds every row the
 * member has in every table keyed by a member, and after a deletion no column of any table of the
 * schema (read from information_schema, so a future table is covered too) names the member, the
 * ranks are contiguous again, the freed seat is taken and the audit row holds no raw user id.
 */
class MemberDataDutiesIT extends AdapterIntegrationTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final BadgeId HELPER = new BadgeId("helper");
    private static final BadgeId BUILDER = new BadgeId("builder");
    private static final String WALLET = "0x" + "5a".repeat(20);
    private static final String REFUSED_ROLE = "1100000000000000002";

    /** The member_profiles columns the export shows, and those it leaves out as keys or derived from others. */
    private static final Set<String> PROFILE_COLUMNS_EXPORTED = Set.of("user_id", "nym", "bio", "avatar_url",
            "joined_at", "score", "score_as_of", "wallet", "left_at", "directory_opt_out", "tier", "tier_below_since",
            "rank", "activity_points", "activity_updated_at", "last_active_at", "nym_changed_at",
            "membership_changed_at", "discord_role_ids", "roles_updated_at");
    private static final Set<String> PROFILE_COLUMNS_DERIVED = Set.of("community_id", "user_number", "nym_key",
            "nym_placeholder", "badge_count", "activity_order");

    private final Clock clock = Clock.fixed(T0.plus(Duration.ofHours(4)), ZoneOffset.UTC);
    private final MemorySessions sessions = new MemorySessions();
    private final List<UserId> forgotten = new ArrayList<>();
    private final ForgetMemberStatePort shortLivedState = (community, member) -> {
        forgotten.add(member);
        return 0;
    };
    private final DeleteMemberDataService deletion = new DeleteMemberDataService(bean(CommunityWriteLockPort.class),
            bean(LoadCommunityPort.class), bean(EraseMemberDataPort.class), TierEngine.reassessment(),
            bean(RecordDataDeletionPort.class), sessions, shortLivedState, clock);

    /** Nine members ranked 1..9 by score, the top seven seated; member 3 has a row in every member table. */
    private record Seeded(CommunityId community, List<UserId> byRank) {

        UserId target() {
            return byRank.get(2);
        }

        UserId admin() {
            return byRank.get(0);
        }
    }

    private Seeded seed() {
        CommunityId community = newCommunity();
        List<UserId> byRank = new ArrayList<>();
        List<ScoreEntry> scores = new ArrayList<>();
        for (int k = 1; k <= 9; k++) {
            UserId member = newUser();
            bean(RegisterMemberPort.class).registerMember(community, member, new Nym("Fremen" + k),
                    T0.minus(Duration.ofDays(10 - k)));
            byRank.add(member);
            scores.add(new ScoreEntry(Optional.of(member), Optional.empty(), Score.parse(Integer.toString(1000 - k))));
        }
        TierEngine.ingestion(Clock.fixed(T0, ZoneOffset.UTC)).ingestScores(new IngestScoresCommand(community, T0, scores));
        Seeded seeded = new Seeded(community, byRank);
        UserId target = seeded.target();
        UserId admin = seeded.admin();

        execute("""
                UPDATE member_profiles
                SET wallet = ?, bio = 'Water is life', avatar_url = 'https://cdn.example/a.png', directory_opt_out = true,
                    nym_changed_at = ?, membership_changed_at = ?, discord_role_ids = ARRAY['1100000000000000001'],
                    roles_updated_at = ?
                WHERE community_id = ? AND user_id = ?""", WALLET, T0.atOffset(ZoneOffset.UTC),
                T0.atOffset(ZoneOffset.UTC), T0.atOffset(ZoneOffset.UTC), community.value(), target.value());
        bean(ActivityPort.class).addPoints(community, target, 7, T0.plusSeconds(3600));
        SaveBadgeAwardsPort awards = bean(SaveBadgeAwardsPort.class);
        awards.awardBadge(community, new BadgeGrant(target, HELPER, new AwardSource.Member(admin), "shares water"),
                T0.plusSeconds(3600));
        awards.revokeBadge(community, target, HELPER, new AwardSource.Member(admin), "too early", T0.plusSeconds(7200));
        awards.awardBadge(community, new BadgeGrant(target, HELPER, new AwardSource.Member(admin), "now earned"),
                T0.plusSeconds(10800));
        bean(AlertPreferencesPort.class).changePreferences(community, target,
                preferences -> preferences.toggle(AlertKind.AT_RISK_WARNINGS).withFrequency(AlertFrequency.DAILY));
        UpdateNaibSeatsPort seats = bean(UpdateNaibSeatsPort.class);
        seats.applySeatingChanges(community, new SeatingChanges(List.of(), List.of(target)), T0.plusSeconds(3600));
        seats.applySeatingChanges(community, new SeatingChanges(List.of(target), List.of()), T0.plusSeconds(7200));
        sessions.saveSession(new SessionKey(community, target, "directory"), Map.of("sort", "RANK"), Duration.ofMinutes(5));
        // Its alert history (a sent promotion, a failed seat alert, a pending at-risk alert), recorded a minute after
        // each fact, taken a minute later and settled a minute after that; it and member 5 sit in the at-risk band.
        execute("""
                INSERT INTO alert_history (community_id, user_id, fact_key, event, from_tier, to_tier, rank, occurred_at,
                                           recorded_at, attempted_at, status, settled_at, detail)
                SELECT ?, ?, f.fact_key, f.event, f.from_tier, f.to_tier, f.rank, a.at, a.at + interval '1 minute',
                       a.at + interval '2 minutes', f.status,
                       CASE WHEN f.status = 'PENDING' THEN NULL ELSE a.at + interval '3 minutes' END, f.detail
                FROM (VALUES ('tier:1', 'PROMOTED', 'NONE', 'NAIB', NULL, 0, 'SENT', NULL),
                             ('seated:1', 'SEATED', NULL, NULL, NULL, 3600, 'FAILED', 'Cannot send messages to this user'),
                             ('at-risk:1', 'ENTERED_AT_RISK', NULL, NULL, 3, 7200, 'PENDING', NULL))
                    AS f (fact_key, event, from_tier, to_tier, rank, after, status, detail)
                CROSS JOIN LATERAL (SELECT ?::timestamptz + f.after * interval '1 second' AS at) a""",
                community.value(), target.value(), T0.atOffset(ZoneOffset.UTC));
        execute("INSERT INTO alert_at_risk_members (community_id, user_id) VALUES (?, ?), (?, ?)", community.value(),
                target.value(), community.value(), byRank.get(4).value());
        bean(RoleSyncFailuresPort.class).recordFailure(new RoleSyncFailure(community, target, REFUSED_ROLE,
                RoleSyncFailure.Reason.FORBIDDEN, "Missing Permissions", T0.plusSeconds(3600)));

        // The member also acted as an admin: it awarded and revoked a badge of member 5, and asked for a deletion.
        UserId other = byRank.get(4);
        awards.awardBadge(community, new BadgeGrant(other, BUILDER, new AwardSource.Member(target), "built a bot"),
                T0.plusSeconds(3600));
        awards.revokeBadge(community, other, BUILDER, new AwardSource.Member(target), "duplicate", T0.plusSeconds(7200));
        bean(RecordDataDeletionPort.class).recordDataDeletion(community, newUser(), new DeletionActor.Admin(target),
                new DeletedRows(Map.of("member_profiles", 1)), T0);
        return seeded;
    }

    @Test
    void theExportHoldsTheWholeProfileAndEveryRowOfTheMemberInEveryMemberTable() {
        Seeded seeded = seed();
        UserId target = seeded.target();

        MemberData data = bean(LoadMemberDataPort.class).loadMemberData(seeded.community(), target).orElseThrow();

        assertThat(data.profile().userId()).isEqualTo(target);
        assertThat(data.profile().nym()).isEqualTo(new Nym("Fremen3"));
        assertThat(data.profile().bio().value()).isEqualTo("Water is life");
        assertThat(data.profile().avatarUrl()).contains("https://cdn.example/a.png");
        assertThat(data.profile().wallet()).contains(new WalletAddress(WALLET));
        assertThat(data.profile().score()).isEqualTo(Score.parse("997"));
        assertThat(data.profile().tier()).isEqualTo(Tier.NAIB);
        assertThat(data.profile().directoryOptOut()).isTrue();
        assertThat(data.profile().joinedAt()).isEqualTo(T0.minus(Duration.ofDays(7)));
        assertThat(data.scoreAsOf()).contains(T0);
        assertThat(data.rank()).hasValue(3);
        assertThat(data.leftAt()).isEmpty();
        assertThat(data.membershipChangedAt()).contains(T0);
        assertThat(data.discordRoleIds()).containsExactly("1100000000000000001");
        assertThat(data.rolesAsOf()).contains(T0);
        assertThat(data.nymChangedAt()).contains(T0);
        assertThat(data.activity()).contains(new ActivityBalance(7, T0.plusSeconds(3600)));
        assertThat(data.lastActiveAt()).contains(T0.plusSeconds(3600));
        assertThat(data.tierHistory()).containsExactly(new TierChange(Tier.NONE, Tier.NAIB, T0, TierChange.Cause.PROMOTED));
        assertThat(data.seatings()).containsExactly(new Seating(target, T0, Optional.of(T0.plusSeconds(3600))),
                new Seating(target, T0.plusSeconds(7200), Optional.empty()));
        assertThat(data.badgeAwards()).filteredOn(award -> award.badge().equals(HELPER)).containsExactly(
                new BadgeAwardRecord(HELPER, T0.plusSeconds(3600), new AwardSource.Member(seeded.admin()),
                        "shares water", Optional.of(new BadgeAwardRecord.Revocation(T0.plusSeconds(7200),
                                new AwardSource.Member(seeded.admin()), "too early"))),
                new BadgeAwardRecord(HELPER, T0.plusSeconds(10800), new AwardSource.Member(seeded.admin()),
                        "now earned", Optional.empty()));
        assertThat(data.badgeAwards()).extracting(BadgeAwardRecord::badge)
                .contains(BadgeRules.NAIB_ASCENDED, BadgeRules.USUL_ASCENDED);
        assertThat(data.alertPreferences()).contains(new AlertPreferences(true, false, true, AlertFrequency.DAILY));
        assertThat(data.alertHistory()).containsExactly(
                new AlertHistoryEntry(new AlertFact.TierChanged(Tier.NONE, Tier.NAIB, true), AlertStatus.SENT, T0,
                        T0.plusSeconds(60), Optional.of(T0.plusSeconds(120)), Optional.of(T0.plusSeconds(180)),
                        Optional.empty()),
                new AlertHistoryEntry(new AlertFact.SeatTaken(), AlertStatus.FAILED, T0.plusSeconds(3600),
                        T0.plusSeconds(3660), Optional.of(T0.plusSeconds(3720)), Optional.of(T0.plusSeconds(3780)),
                        Optional.of("Cannot send messages to this user")),
                new AlertHistoryEntry(new AlertFact.EnteredAtRisk(3), AlertStatus.PENDING, T0.plusSeconds(7200),
                        T0.plusSeconds(7260), Optional.of(T0.plusSeconds(7320)), Optional.empty(), Optional.empty()));
        assertThat(data.atRiskAtLastAlertRun()).isTrue();
        assertThat(data.roleSyncFailures()).containsExactly(new RoleSyncFailureEntry(REFUSED_ROLE,
                RoleSyncFailure.Reason.FORBIDDEN, "Missing Permissions", T0.plusSeconds(3600), T0));

        assertThat(memberRows(seeded.community(), target)).isEqualTo(Map.of(
                "member_profiles", 1,
                "badge_awards", data.badgeAwards().size(),
                "naib_seatings", data.seatings().size(),
                "tier_changes", data.tierHistory().size(),
                "alert_preferences", data.alertPreferences().isPresent() ? 1 : 0,
                "alert_history", data.alertHistory().size(),
                "alert_at_risk_members", data.atRiskAtLastAlertRun() ? 1 : 0,
                "role_sync_failures", data.roleSyncFailures().size()));
    }

    @Test
    void everyProfileColumnIsExportedOrDerivedFromAnExportedOne() {
        assertThat(columns("member_profiles")).isEqualTo(union(PROFILE_COLUMNS_EXPORTED, PROFILE_COLUMNS_DERIVED));
    }

    @Test
    void deletionLeavesNoRowAnywhereInTheSchemaThatNamesTheMember() {
        Seeded seeded = seed();
        UserId target = seeded.target();
        assertThat(columnsNaming(target)).contains("member_profiles.user_id", "badge_awards.user_id",
                "badge_awards.awarded_by", "badge_awards.revoked_by", "naib_seatings.user_id", "tier_changes.user_id",
                "alert_preferences.user_id", "alert_history.user_id", "alert_at_risk_members.user_id",
                "role_sync_failures.user_id", "data_deletions.actor");
        Map<String, Integer> before = memberRows(seeded.community(), target);

        MemberDataDeletion result = deletion.deleteMemberData(
                new DeleteMemberDataCommand(seeded.community(), target, new DeletionActor.Admin(seeded.admin())));

        assertThat(result).isInstanceOfSatisfying(MemberDataDeletion.Deleted.class, deleted -> {
            before.forEach((table, rows) -> assertThat(deleted.rows().of(table)).as(table).isEqualTo(rows));
            assertThat(deleted.rows().of("erased_actor_references")).isEqualTo(2);
        });
        assertThat(columnsNaming(target)).isEmpty();
        assertThat(bean(LoadMemberDataPort.class).loadMemberData(seeded.community(), target)).isEmpty();
        assertThat(sessions.loadSession(new SessionKey(seeded.community(), target, "directory"))).isEmpty();
        assertThat(forgotten).containsExactly(target);
    }

    @Test
    void deletionErasesTheMemberAsActorButKeepsTheOthersRecords() {
        Seeded seeded = seed();
        UserId other = seeded.byRank().get(4);

        deletion.deleteMemberData(new DeleteMemberDataCommand(seeded.community(), seeded.target(),
                new DeletionActor.Member()));

        MemberData others = bean(LoadMemberDataPort.class).loadMemberData(seeded.community(), other).orElseThrow();
        assertThat(others.badgeAwards()).filteredOn(award -> award.badge().equals(BUILDER)).containsExactly(
                new BadgeAwardRecord(BUILDER, T0.plusSeconds(3600), new AwardSource.Erased(), "built a bot",
                        Optional.of(new BadgeAwardRecord.Revocation(T0.plusSeconds(7200), new AwardSource.Erased(),
                                "duplicate"))));
        assertThat(others.atRiskAtLastAlertRun()).isTrue();
        assertThat(queryLong("SELECT count(*) FROM data_deletions WHERE community_id = ? AND actor = 'erased'",
                seeded.community().value())).isEqualTo(1);
    }

    @Test
    void theRanksCloseUpAndTheFreedSeatGoesToTheNextInLine() {
        Seeded seeded = seed();

        deletion.deleteMemberData(new DeleteMemberDataCommand(seeded.community(), seeded.target(),
                new DeletionActor.Admin(seeded.admin())));

        List<UserId> remaining = new ArrayList<>(seeded.byRank());
        remaining.remove(seeded.target());
        Map<UserId, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < remaining.size(); i++) {
            expected.put(remaining.get(i), i + 1);
        }
        assertThat(ranks(seeded.community())).isEqualTo(expected);
        assertThat(bean(LoadNaibSeatsPort.class).currentSeatings(seeded.community())).extracting(Seating::userId)
                .containsExactlyInAnyOrderElementsOf(remaining.subList(0, 7));
        assertThat(bean(LoadMemberDataPort.class).loadMemberData(seeded.community(), remaining.get(6)).orElseThrow()
                .profile().tier()).isEqualTo(Tier.NAIB);
    }

    @Test
    void theAuditRowKnowsTheMemberOnlyByHashAndDeletingAgainChangesNothing() {
        Seeded seeded = seed();
        UserId target = seeded.target();
        DeleteMemberDataCommand command = new DeleteMemberDataCommand(seeded.community(), target,
                new DeletionActor.Admin(seeded.admin()));
        deletion.deleteMemberData(command);

        assertThat(deletion.deleteMemberData(command)).isEqualTo(new MemberDataDeletion.NothingToDelete());

        String hash = sha256(seeded.community().value() + ":" + target.value());
        assertThat(queryLong("SELECT count(*) FROM data_deletions WHERE community_id = ? AND member_hash = ?",
                seeded.community().value(), hash)).isEqualTo(1);
        assertThat(queryLong("""
                SELECT count(*) FROM data_deletions
                WHERE community_id = ? AND member_hash = ? AND actor = ? AND deleted_at = ?
                  AND (deleted_rows ->> 'member_profiles')::int = 1 AND (deleted_rows ->> 'naib_seatings')::int = 2""",
                seeded.community().value(), hash, seeded.admin().value(), clock.instant().atOffset(ZoneOffset.UTC)))
                .isEqualTo(1);
        assertThat(columnsNaming(target)).isEmpty();
    }

    @Test
    void deletingAMemberNeverStoredDeletesAndAuditsNothing() {
        CommunityId community = newCommunity();
        UserId stranger = newUser();

        assertThat(deletion.deleteMemberData(new DeleteMemberDataCommand(community, stranger, new DeletionActor.Member())))
                .isEqualTo(new MemberDataDeletion.NothingToDelete());
        assertThat(deletion.deleteMemberData(new DeleteMemberDataCommand(new CommunityId(snowflake()), stranger,
                new DeletionActor.Member()))).isEqualTo(new MemberDataDeletion.NothingToDelete());

        assertThat(queryLong("SELECT count(*) FROM data_deletions WHERE community_id = ?", community.value())).isZero();
        assertThat(forgotten).containsExactly(stranger, stranger);
    }

    /** Rows of this member in every table keyed by (community_id, user_id), by table; tables without any are left out. */
    private static Map<String, Integer> memberRows(CommunityId community, UserId member) {
        List<String> tables = strings("""
                SELECT table_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND column_name IN ('community_id', 'user_id')
                GROUP BY table_name HAVING count(*) = 2""");
        Map<String, Integer> rows = new TreeMap<>();
        for (String table : tables) {
            long count = queryLong("SELECT count(*) FROM " + table + " WHERE community_id = ? AND user_id = ?",
                    community.value(), member.value());
            if (count > 0) {
                rows.put(table, Math.toIntExact(count));
            }
        }
        return rows;
    }

    /** Every table.column of the schema holding a row whose value, as text, contains the member's id. */
    private static Set<String> columnsNaming(UserId member) {
        List<String> columns = strings("""
                SELECT c.table_name || '.' || c.column_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                  AND c.table_name <> 'flyway_schema_history'""");
        Set<String> naming = new TreeSet<>();
        for (String column : columns) {
            String[] parts = column.split("\\.");
            long count = queryLong("SELECT count(*) FROM " + parts[0] + " WHERE " + parts[1]
                    + "::text LIKE '%' || ? || '%'", member.value());
            if (count > 0) {
                naming.add(column);
            }
        }
        return naming;
    }

    private static Set<String> columns(String table) {
        return new TreeSet<>(strings("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = '" + table + "'"));
    }

    private static Map<UserId, Integer> ranks(CommunityId community) {
        Map<UserId, Integer> ranks = new LinkedHashMap<>();
        try (Connection connection = separateConnection(); PreparedStatement statement = connection.prepareStatement("""
                SELECT user_id, rank FROM member_profiles WHERE community_id = ? AND rank IS NOT NULL
                ORDER BY score DESC, joined_at, user_number""")) {
            statement.setString(1, community.value());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ranks.put(new UserId(rows.getString(1)), rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ranks;
    }

    private static List<String> strings(String sql) {
        List<String> values = new ArrayList<>();
        try (Connection connection = separateConnection(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> all = new TreeSet<>(one);
        all.addAll(other);
        return all;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

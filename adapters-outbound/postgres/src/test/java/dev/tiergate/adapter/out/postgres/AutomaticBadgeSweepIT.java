package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.badge.BadgeSweepResult;
import dev.tiergate.application.port.out.badge.AutomaticBadgeSweepPort;
import dev.tiergate.application.port.out.badge.LoadBadgesPort;
import dev.tiergate.application.port.out.badge.LoadFirstSeatingPort;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.naib.UpdateNaibSeatsPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.application.service.badge.SweepAutomaticBadgesService;
import dev.tiergate.domain.badge.AutomaticBadgeInputs;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.BadgeAward;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.badge.BadgeRules;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.SeatingChanges;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The daily sweep over real Postgres: members whose tier history, seatings and activity were
 * recorded while no badge was awarded get exactly the badges those inputs earn from one sweep; a
 * second sweep changes nothing, and a badge an admin revoked stays revoked.
 */
class AutomaticBadgeSweepIT extends AdapterIntegrationTest {

    private static final Instant NOW = Instant.parse("2026-09-01T12:00:00Z");
    private static final Instant FIRST_SEATING = NOW.minus(Duration.ofDays(60));

    private final LoadBadgesPort badges = bean(LoadBadgesPort.class);

    @Test
    void oneSweepAwardsExactlyWhatTheRecordedInputsEarnAndASecondChangesNothing() {
        CommunityId community = newCommunity();
        execute("UPDATE communities SET launched_at = ? WHERE id = ?",
                Timestamp.from(NOW.minus(Duration.ofDays(210))), community.value());
        UserId stilgar = member(community, "Stilgar", NOW.minus(Duration.ofDays(200)));
        UserId chani = member(community, "Chani", NOW.minus(Duration.ofDays(10)));
        UserId harah = member(community, "Harah", NOW.minus(Duration.ofDays(1)));
        UserId jamis = member(community, "Jamis", NOW.minus(Duration.ofDays(200)));
        // Stilgar: 300 points 6 h ago (270 now), Usul once then demoted, the first Naib, later unseated.
        storeActivity(community, stilgar, 300, NOW.minus(Duration.ofHours(6)));
        execute("UPDATE member_profiles SET tier = 'SAYYADINA' WHERE community_id = ? AND user_id = ?",
                community.value(), stilgar.value());
        tierChange(community, stilgar, "NONE", "USUL", NOW.minus(Duration.ofDays(90)));
        tierChange(community, stilgar, "USUL", "SAYYADINA", NOW.minus(Duration.ofDays(30)));
        // Chani: 600 points 18 h ago (437.4 now), Fedaykin now without history, seated after the founding hour.
        storeActivity(community, chani, 600, NOW.minus(Duration.ofHours(18)));
        execute("UPDATE member_profiles SET tier = 'FEDAYKIN' WHERE community_id = ? AND user_id = ?",
                community.value(), chani.value());
        UpdateNaibSeatsPort seats = bean(UpdateNaibSeatsPort.class);
        seats.applySeatingChanges(community, new SeatingChanges(List.of(stilgar), List.of()), FIRST_SEATING);
        seats.applySeatingChanges(community, new SeatingChanges(List.of(chani), List.of(stilgar)),
                FIRST_SEATING.plus(Duration.ofHours(2)));
        markLeft(community, jamis);

        BadgeSweepResult first = sweep(community).sweepAutomaticBadges();

        assertThat(held(community, stilgar)).containsExactlyInAnyOrder(BadgeRules.OG, BadgeRules.VETERAN,
                BadgeRules.ELDER, BadgeRules.CONSISTENT, BadgeRules.DEDICATED, BadgeRules.USUL_ASCENDED,
                BadgeRules.NAIB_ASCENDED, BadgeRules.FORMER_NAIB, BadgeRules.FOUNDING_NAIB);
        assertThat(held(community, chani)).containsExactlyInAnyOrder(BadgeRules.CONSISTENT, BadgeRules.DEDICATED,
                BadgeRules.USUL_ASCENDED, BadgeRules.NAIB_ASCENDED);
        assertThat(held(community, harah)).isEmpty();
        assertThat(held(community, jamis)).isEmpty();
        assertThat(first).isEqualTo(new BadgeSweepResult(1, 3, 13));
        assertThat(badgeCount(community, stilgar)).isEqualTo(9);
        assertThat(badgeCount(community, chani)).isEqualTo(4);
        assertThat(queryLong("""
                SELECT count(*) FROM badge_awards a JOIN community_badges b USING (community_id, badge_id)
                WHERE a.community_id = ? AND a.awarded_by = 'rule:' || a.badge_id
                  AND a.award_reason = b.description AND a.awarded_at = ?""",
                community.value(), Timestamp.from(NOW))).isEqualTo(13);

        BadgeSweepResult second = sweep(community).sweepAutomaticBadges();

        assertThat(second).isEqualTo(new BadgeSweepResult(1, 3, 0));
        assertThat(awardRows(community)).isEqualTo(13);
        assertThat(badgeCount(community, stilgar)).isEqualTo(9);
    }

    @Test
    void anAutomaticBadgeAnAdminRevokedIsNotAwardedAgainByTheSweep() {
        CommunityId community = newCommunity();
        UserId admin = newUser();
        UserId liet = member(community, "Liet", NOW.minus(Duration.ofDays(100)));
        SaveBadgeAwardsPort save = bean(SaveBadgeAwardsPort.class);
        save.grantAutomaticBadges(community,
                BadgeRules.grants(liet, Set.of(BadgeRules.VETERAN), BadgeCatalog.DEFAULT),
                NOW.minus(Duration.ofDays(5)));
        save.revokeBadge(community, liet, BadgeRules.VETERAN, new AwardSource.Member(admin), "gaming the rules",
                NOW.minus(Duration.ofDays(4)));

        BadgeSweepResult result = sweep(community).sweepAutomaticBadges();

        assertThat(result.badgesAwarded()).isZero();
        assertThat(badges.findHeldBadges(community, liet)).isEmpty();
        assertThat(badgeCount(community, liet)).isZero();
        assertThat(awardRows(community)).isEqualTo(1);
    }

    @Test
    void theSweepReadsEachMemberHistoryWithoutScanningOrSortingTheCommunity() throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection connection = separateConnection()) {
            try (Statement settings = connection.createStatement()) {
                settings.execute("SET enable_seqscan = off");
                settings.execute("SET enable_bitmapscan = off");
                settings.execute("SET enable_sort = off");
            }
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + JdbcBadgeAdapter.BADGE_INPUTS)) {
                explain.setString(1, snowflake());
                explain.setString(2, "");
                explain.setInt(3, 500);
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.add(rows.getString(1));
                    }
                }
            }
        }

        String shown = String.join("\n", plan);
        assertThat(plan).as(shown).anySatisfy(line -> assertThat(line).contains("member_profiles_pkey"));
        assertThat(plan).as(shown).noneSatisfy(line -> assertThat(line).containsAnyOf("Seq Scan", "Bitmap", "Sort"));
    }

    /** The sweep service over the real adapters, restricted to one community so other tests' rows stay untouched. */
    private static SweepAutomaticBadgesService sweep(CommunityId community) {
        AutomaticBadgeSweepPort adapter = bean(AutomaticBadgeSweepPort.class);
        AutomaticBadgeSweepPort onlyThisCommunity = new AutomaticBadgeSweepPort() {
            @Override
            public List<CommunityId> findActiveCommunities(Optional<CommunityId> after, PageLimit limit) {
                return after.isEmpty() ? List.of(community) : List.of();
            }

            @Override
            public List<AutomaticBadgeInputs> findBadgeInputs(CommunityId communityId, Optional<UserId> after,
                    PageLimit limit) {
                return adapter.findBadgeInputs(communityId, after, limit);
            }
        };
        return new SweepAutomaticBadgesService(onlyThisCommunity, bean(LoadCommunityPort.class),
                bean(LoadFirstSeatingPort.class), bean(SaveBadgeAwardsPort.class), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static UserId member(CommunityId community, String nym, Instant joinedAt) {
        UserId user = newUser();
        bean(RegisterMemberPort.class).registerMember(community, user, new Nym(nym), joinedAt);
        return user;
    }

    private static void storeActivity(CommunityId community, UserId member, double points, Instant at) {
        execute("""
                UPDATE member_profiles SET activity_points = ?, activity_updated_at = ?
                WHERE community_id = ? AND user_id = ?""", points, Timestamp.from(at), community.value(),
                member.value());
    }

    private static void tierChange(CommunityId community, UserId member, String from, String to, Instant at) {
        execute("""
                INSERT INTO tier_changes (community_id, user_id, from_tier, to_tier, changed_at, cause)
                VALUES (?, ?, ?, ?, ?, 'PROMOTED')""", community.value(), member.value(), from, to,
                Timestamp.from(at));
    }

    private List<BadgeId> held(CommunityId community, UserId member) {
        return badges.findHeldBadges(community, member).stream().map(BadgeAward::badge).toList();
    }

    private static long badgeCount(CommunityId community, UserId member) {
        return queryLong("SELECT badge_count FROM member_profiles WHERE community_id = ? AND user_id = ?",
                community.value(), member.value());
    }

    private static long awardRows(CommunityId community) {
        return queryLong("SELECT count(*) FROM badge_awards WHERE community_id = ?", community.value());
    }
}

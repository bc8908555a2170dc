package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.community.CommunityJoinResult;
import dev.tiergate.application.port.in.community.CommunityLeaveResult;
import dev.tiergate.application.port.in.community.JoinCommunityCommand;
import dev.tiergate.application.port.in.community.LeaveCommunityCommand;
import dev.tiergate.application.port.in.member.JoinMemberCommand;
import dev.tiergate.application.port.in.member.LeaveMemberCommand;
import dev.tiergate.application.port.in.member.MemberJoinResult;
import dev.tiergate.application.port.in.member.MemberLeaveResult;
import dev.tiergate.application.port.in.member.MemberRolesResult;
import dev.tiergate.application.port.in.member.RecordMemberRolesCommand;
import dev.tiergate.application.port.in.score.IngestScoresCommand;
import dev.tiergate.application.port.out.alert.AlertPreferencesPort;
import dev.tiergate.application.port.out.badge.LoadFirstSeatingPort;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.community.CommunityPresencePort;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.communitystats.CommunityCounts;
import dev.tiergate.application.port.out.communitystats.LoadCommunityStatsPort;
import dev.tiergate.application.port.out.member.MembershipPort;
import dev.tiergate.application.port.out.member.PurgeLeftMembersPort;
import dev.tiergate.application.port.out.member.RecordMemberRolesPort;
import dev.tiergate.application.port.out.naib.LoadNaibSeatsPort;
import dev.tiergate.application.port.out.naib.UpdateNaibSeatsPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.score.SaveScoresPort;
import dev.tiergate.application.port.out.tier.LoadTierCandidatesPort;
import dev.tiergate.application.port.out.tier.SaveTierChangesPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.community.JoinCommunityService;
import dev.tiergate.application.service.community.LeaveCommunityService;
import dev.tiergate.application.service.member.JoinMemberService;
import dev.tiergate.application.service.member.LeaveMemberService;
import dev.tiergate.application.service.member.PurgeLeftMembersService;
import dev.tiergate.application.service.member.RecordMemberRolesService;
import dev.tiergate.application.service.member.RegisterMemberService;
import dev.tiergate.application.service.score.IngestScoresService;
import dev.tiergate.application.service.tier.TierReassessment;
import dev.tiergate.application.testing.SettableClock;
import dev.tiergate.domain.alert.AlertKind;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.BadgeGrant;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityConfig;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.ScoreEntry;
import dev.tiergate.domain.profile.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The member lifecycle through its services on the real adapters: joins and leaves newest first,
 * a leave gone from every ranking, count and seat at once, roles newest-wins, guild presence, and
 * the retention purge leaving no row behind in any table.
 */
class MemberLifecycleIT extends AdapterIntegrationTest {

    /** Long ago, so the purge's cut-off never reaches the members other test classes left just now. */
    private static final Instant T0 = Instant.parse("2025-01-10T12:00:00Z");
    private static final String ROLE_A = "111111111111111111";
    private static final String ROLE_B = "222222222222222222";

    private final SettableClock clock = new SettableClock(T0);
    private final CommunityWriteLockPort lock = bean(CommunityWriteLockPort.class);
    private final EnsureCommunityPort communities = bean(EnsureCommunityPort.class);
    private final LoadProfilesPort profiles = bean(LoadProfilesPort.class);
    private final LoadRankingPort ranking = bean(LoadRankingPort.class);
    private final TierReassessment tiers = new TierReassessment(ranking, bean(LoadNaibSeatsPort.class),
            bean(UpdateNaibSeatsPort.class), bean(LoadTierCandidatesPort.class), bean(SaveTierChangesPort.class),
            bean(LoadFirstSeatingPort.class), bean(SaveBadgeAwardsPort.class));
    private final JoinMemberService join = new JoinMemberService(lock, communities, bean(MembershipPort.class),
            new RegisterMemberService(lock, communities, bean(RegisterMemberPort.class)), tiers, clock);
    private final LeaveMemberService leave = new LeaveMemberService(lock, communities, bean(MembershipPort.class),
            tiers, clock);
    private final RecordMemberRolesService roles = new RecordMemberRolesService(lock, communities,
            bean(RecordMemberRolesPort.class));
    private final IngestScoresService scores = new IngestScoresService(lock, communities, bean(SaveScoresPort.class),
            tiers, clock);
    private final PurgeLeftMembersService purge = new PurgeLeftMembersService(bean(PurgeLeftMembersPort.class), clock);

    @Test
    void aJoinCreatesTheMemberUnderAUniqueNymWithItsAvatarAndAReplayChangesNothing() {
        CommunityId community = newCommunity();
        UserId stilgar = newUser();
        UserId namesake = newUser();

        assertThat(join.joinMember(join(community, stilgar, "Stilgar", T0)))
                .isEqualTo(new MemberJoinResult.Joined(new Nym("Stilgar")));
        assertThat(join.joinMember(new JoinMemberCommand(community, namesake, "STILGAR", Optional.empty(), T0)))
                .isEqualTo(new MemberJoinResult.Joined(new Nym("STILGAR-2")));
        assertThat(profile(community, stilgar).avatarUrl()).contains(avatar(stilgar, "a"));
        assertThat(profile(community, namesake).avatarUrl()).isEmpty();

        assertThat(join.joinMember(join(community, stilgar, "Stilgar", T0))).as("a replay")
                .isEqualTo(new MemberJoinResult.Outdated());
        MemberJoinResult again = join.joinMember(new JoinMemberCommand(community, stilgar, "renamed",
                Optional.of(avatar(stilgar, "b")), T0.plusSeconds(5)));
        assertThat(again).isEqualTo(new MemberJoinResult.AlreadyPresent(new Nym("Stilgar")));
        assertThat(profile(community, stilgar).avatarUrl()).contains(avatar(stilgar, "a"));
        assertThat(profile(community, stilgar).joinedAt()).isEqualTo(T0);
    }

    @Test
    void aMemberAScoreCreatedGetsItsRealNymAndJoinTimeOnItsJoin() {
        CommunityId community = newCommunity();
        UserId chani = newUser();
        ingest(community, List.of(chani), T0);

        assertThat(join.joinMember(join(community, chani, "Chani", T0.minusSeconds(60))))
                .isEqualTo(new MemberJoinResult.Joined(new Nym("Chani")));
        assertThat(profile(community, chani).joinedAt()).isEqualTo(T0.minusSeconds(60));
        assertThat(ranking.findRanked(community, chani)).isPresent();
    }

    @Test
    void aLeaveTakesTheMemberOutOfEveryRankingAndCountAtOnceAndUnseatsItsNaib() {
        CommunityId community = newCommunity();
        List<UserId> members = joined(community, 10, T0);
        Instant scored = T0.plusSeconds(60);
        ingest(community, members, scored);
        UserId best = members.getFirst();
        assertThat(seated(community)).hasSize(7).contains(best).doesNotContain(members.get(7));
        Nym bestNym = profile(community, best).nym();

        Instant leftAt = T0.plusSeconds(120);
        clock.advance(Duration.ofSeconds(120));
        MemberLeaveResult left = leave.leaveMember(new LeaveMemberCommand(community, best, leftAt));

        assertThat(left).isInstanceOfSatisfying(MemberLeaveResult.Left.class,
                result -> assertThat(result.seatChanges()).as("unseated, and #8 seated").isEqualTo(2));
        assertThat(ranking.findRanked(community, best)).isEmpty();
        assertThat(ranking.countRanked(community)).isEqualTo(9);
        assertThat(ranking.findAtRank(community, 1)).map(m -> m.userId()).contains(members.get(1));
        assertThat(seated(community)).hasSize(7).doesNotContain(best).contains(members.get(7));
        assertThat(profiles.findProfile(community, best)).isEmpty();
        assertThat(profiles.findProfileByNym(community, bestNym)).isEmpty();
        CommunityCounts counts = bean(LoadCommunityStatsPort.class).countSince(community, T0.minusSeconds(1));
        assertThat(counts.members()).isEqualTo(9);
        assertThat(counts.ranked()).isEqualTo(9);

        assertThat(leave.leaveMember(new LeaveMemberCommand(community, best, leftAt)))
                .isEqualTo(new MemberLeaveResult.Outdated());
        assertThat(leave.leaveMember(new LeaveMemberCommand(community, best, leftAt.plusSeconds(1))))
                .isEqualTo(new MemberLeaveResult.AlreadyLeft());
        assertThat(join.joinMember(join(community, best, "late", leftAt.minusSeconds(1))))
                .as("a join older than the leave").isEqualTo(new MemberJoinResult.Outdated());
        assertThat(ranking.countRanked(community)).isEqualTo(9);

        clock.advance(Duration.ofSeconds(60));
        assertThat(join.joinMember(join(community, best, "back", leftAt.plusSeconds(60))))
                .isEqualTo(new MemberJoinResult.Returned(bestNym));
        assertThat(ranking.findRanked(community, best)).map(m -> m.rank()).contains(1);
        assertThat(seated(community)).as("back on top, it takes the seat of the lowest Naib").contains(best)
                .doesNotContain(members.get(7));
    }

    @Test
    void rolesFollowTheNewestUpdateAndAMemberNotYetSeenGetsAProfile() {
        CommunityId community = newCommunity();
        UserId liet = newUser();

        assertThat(roles.recordMemberRoles(new RecordMemberRolesCommand(community, liet, Set.of(ROLE_B, ROLE_A),
                T0.plusSeconds(2)))).isEqualTo(new MemberRolesResult.Recorded());
        assertThat(profile(community, liet).nym().value()).isEqualTo("member-" + liet.value());
        assertThat(roles.recordMemberRoles(new RecordMemberRolesCommand(community, liet, Set.of(ROLE_A),
                T0.plusSeconds(1)))).isEqualTo(new MemberRolesResult.Outdated());
        assertThat(roles.recordMemberRoles(new RecordMemberRolesCommand(community, liet, Set.of(ROLE_A),
                T0.plusSeconds(2)))).isEqualTo(new MemberRolesResult.Outdated());
        assertThat(storedRoles(community, liet)).isEqualTo(ROLE_A + "," + ROLE_B);

        assertThat(roles.recordMemberRoles(new RecordMemberRolesCommand(community, liet, Set.of(),
                T0.plusSeconds(3)))).isEqualTo(new MemberRolesResult.Recorded());
        assertThat(storedRoles(community, liet)).isEmpty();
        assertThat(join.joinMember(join(community, liet, "Liet", T0))).isEqualTo(new MemberJoinResult.Joined(
                new Nym("Liet")));
    }

    @Test
    void thePurgeDeletesOnlyMembersPastRetentionAndEveryRowTheyOwned() {
        CommunityId community = newCommunity();
        List<UserId> members = joined(community, 3, T0);
        UserId gone = members.get(0);
        UserId recent = members.get(1);
        UserId present = members.get(2);
        ingest(community, members, T0.plusSeconds(60));
        for (UserId member : members) {
            roles.recordMemberRoles(new RecordMemberRolesCommand(community, member, Set.of(ROLE_A), T0));
            bean(AlertPreferencesPort.class).changePreferences(community, member,
                    preferences -> preferences.with(AlertKind.AT_RISK_WARNINGS, false));
        }
        // The leaver once awarded a badge as an admin: the award stays, its author is erased.
        bean(SaveBadgeAwardsPort.class).awardBadge(community, new BadgeGrant(present, new BadgeId("helper"),
                new AwardSource.Member(gone), "answers questions"), T0.plusSeconds(120));
        Instant goneAt = T0.plusSeconds(3600);
        leave.leaveMember(new LeaveMemberCommand(community, gone, goneAt));
        leave.leaveMember(new LeaveMemberCommand(community, recent, goneAt.plus(Duration.ofDays(2))));
        List<String> memberTables = memberTables();
        assertThat(memberTables).contains("member_profiles", "badge_awards", "naib_seatings", "tier_changes",
                "alert_preferences");
        for (String table : List.of("member_profiles", "badge_awards", "naib_seatings", "tier_changes",
                "alert_preferences")) {
            assertThat(rows(table, community, gone)).as("%s holds the leaver's rows", table).isPositive();
        }

        clock.advance(Duration.between(T0, goneAt.plus(Duration.ofDays(31))));
        assertThat(purge.purgeLeftMembers()).isPositive();

        for (String table : memberTables) {
            assertThat(rows(table, community, gone)).as("%s after the purge", table).isZero();
        }
        assertThat(rows("member_profiles", community, recent)).as("left 29 days before").isEqualTo(1);
        assertThat(rows("badge_awards", community, recent)).isPositive();
        assertThat(rows("member_profiles", community, present)).isEqualTo(1);
        assertThat(queryLong("SELECT count(*) FROM badge_awards WHERE community_id = ? AND user_id = ?"
                + " AND badge_id = 'helper' AND awarded_by = 'erased'", community.value(), present.value()))
                .as("the purged admin's award stays, without its id").isEqualTo(1);
        assertThat(queryLong("SELECT count(*) FROM badge_awards WHERE community_id = ? AND awarded_by = ?",
                community.value(), gone.value())).isZero();
        assertThat(purge.purgeLeftMembers()).as("nothing more is due").isZero();
        assertThat(ranking.countRanked(community)).isEqualTo(1);
    }

    @Test
    void guildJoinsAndLeavesKeepTheNewestPresenceAndTheGuildsName() {
        CommunityId guild = new CommunityId(snowflake());
        JoinCommunityService joinCommunity = new JoinCommunityService(lock, bean(LoadCommunityPort.class),
                communities, bean(CommunityPresencePort.class));
        LeaveCommunityService leaveCommunity = new LeaveCommunityService(lock, bean(LoadCommunityPort.class),
                communities, bean(CommunityPresencePort.class));

        assertThat(joinCommunity.joinCommunity(new JoinCommunityCommand(guild, Optional.of("Sietch Tabr"), T0)))
                .isEqualTo(new CommunityJoinResult.Created());
        Community created = community(guild);
        assertThat(created.name()).isEqualTo("Sietch Tabr");
        assertThat(created.active()).isTrue();
        assertThat(created.config()).isEqualTo(CommunityConfig.DEFAULTS);

        assertThat(leaveCommunity.leaveCommunity(new LeaveCommunityCommand(guild, true, T0.plusSeconds(1))))
                .isEqualTo(new CommunityLeaveResult.Outage());
        assertThat(community(guild).active()).isTrue();
        assertThat(leaveCommunity.leaveCommunity(new LeaveCommunityCommand(guild, false, T0.plusSeconds(2))))
                .isEqualTo(new CommunityLeaveResult.Deactivated());
        assertThat(joinCommunity.joinCommunity(new JoinCommunityCommand(guild, Optional.empty(), T0.plusSeconds(1))))
                .isEqualTo(new CommunityJoinResult.Outdated());
        assertThat(community(guild).active()).isFalse();

        assertThat(joinCommunity.joinCommunity(new JoinCommunityCommand(guild, Optional.empty(), T0.plusSeconds(3))))
                .isEqualTo(new CommunityJoinResult.Reactivated());
        assertThat(community(guild)).satisfies(back -> {
            assertThat(back.active()).isTrue();
            assertThat(back.name()).isEqualTo("Sietch Tabr");
        });
    }

    private static JoinMemberCommand join(CommunityId community, UserId user, String username, Instant at) {
        return new JoinMemberCommand(community, user, username, Optional.of(avatar(user, "a")), at);
    }

    private static String avatar(UserId user, String hash) {
        return "https://cdn.discordapp.com/avatars/" + user.value() + "/" + hash + ".png";
    }

    /** {@code count} members joined at {@code at}, in the order of their (ascending) user ids. */
    private List<UserId> joined(CommunityId community, int count, Instant at) {
        List<UserId> members = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            UserId user = newUser();
            join.joinMember(join(community, user, "fremen" + user.value(), at));
            members.add(user);
        }
        return members;
    }

    /** Member i of the list scores 1000 − 10·i, so the list is the ranking. */
    private void ingest(CommunityId community, List<UserId> members, Instant asOf) {
        List<ScoreEntry> entries = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            entries.add(new ScoreEntry(Optional.of(members.get(i)), Optional.empty(),
                    Score.parse(Integer.toString(1000 - 10 * i))));
        }
        scores.ingestScores(new IngestScoresCommand(community, asOf, entries));
    }

    private MemberProfile profile(CommunityId community, UserId user) {
        return profiles.findProfile(community, user).orElseThrow();
    }

    private static Community community(CommunityId id) {
        return bean(LoadCommunityPort.class).loadCommunity(id).orElseThrow();
    }

    private static List<UserId> seated(CommunityId community) {
        return bean(LoadNaibSeatsPort.class).currentSeatings(community).stream().map(Seating::userId).toList();
    }

    /** Every table that keys rows by community and member: whatever a migration adds is checked too. */
    private static List<String> memberTables() {
        return strings("""
                SELECT table_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND column_name = 'user_id'
                INTERSECT
                SELECT table_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND column_name = 'community_id'""");
    }

    private static long rows(String table, CommunityId community, UserId user) {
        return queryLong("SELECT count(*) FROM " + table + " WHERE community_id = ? AND user_id = ?",
                community.value(), user.value());
    }

    private static String storedRoles(CommunityId community, UserId user) {
        return strings("SELECT array_to_string(discord_role_ids, ',') FROM member_profiles WHERE community_id = ?"
                + " AND user_id = ?", community.value(), user.value()).getFirst();
    }

    private static List<String> strings(String sql, Object... parameters) {
        try (Connection connection = separateConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tiergate.application.port.out.activity.ActivityPort;
import dev.tiergate.application.port.out.badge.LoadBadgesPort;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.application.port.out.stats.LoadMemberStatsPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.badge.BadgeAward;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.badge.BadgeRules;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Activity decays lazily, keeps its order key, counts each recorded activity once and earns badges in one transaction. */
class ActivityAdapterIT extends AdapterIntegrationTest {

    private static final Instant T1 = Instant.parse("2026-03-01T00:00:00Z");

    private final ActivityPort activity = bean(ActivityPort.class);

    @Test
    void pointsDecayBetweenUpdatesAndTheOrderKeyIsStored() {
        CommunityId community = newCommunity();
        UserId member = member(community, "Irulan");

        activity.addPoints(community, member, 10, T1);
        ActivityBalance after = activity.addPoints(community, member, 1, T1.plus(Duration.ofHours(6))).orElseThrow();

        assertThat(after.points()).isCloseTo(10 * 0.9 + 1, within(1e-9));
        assertThat(storedDouble("activity_points", community, member)).isCloseTo(10.0, within(1e-9));
        assertThat(storedDouble("activity_order", community, member))
                .isCloseTo(after.orderKey().getAsDouble(), within(1e-9));
        assertThat(queryLong("""
                SELECT count(*) FROM member_profiles WHERE community_id = ? AND user_id = ?
                  AND last_active_at = ? AND activity_updated_at = ?""", community.value(), member.value(),
                Timestamp.from(T1.plus(Duration.ofHours(6))),
                Timestamp.from(T1.plus(Duration.ofHours(6))))).isEqualTo(1);
    }

    @Test
    void anActivityIsRecordedOncePerCommunity() {
        CommunityId community = newCommunity();
        CommunityId other = newCommunity();
        UUID event = UUID.randomUUID();

        assertThat(activity.markRecorded(community, event, T1)).isTrue();
        assertThat(activity.markRecorded(community, event, T1)).isFalse();
        assertThat(activity.markRecorded(other, event, T1)).isTrue();
    }

    @Test
    void forgettingOldRecordsIsBoundedAndLetsOnlyThoseCountAgain() {
        CommunityId community = newCommunity();
        Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
        List<UUID> old = Stream.generate(UUID::randomUUID).limit(5).toList();
        old.forEach(event -> activity.markRecorded(community, event, longAgo));
        UUID recent = UUID.randomUUID();
        activity.markRecorded(community, recent, longAgo.plus(Duration.ofDays(2)));

        Instant cutoff = longAgo.plus(Duration.ofDays(1));
        assertThat(activity.forgetRecordedBefore(cutoff, 3)).isEqualTo(3);
        assertThat(activity.forgetRecordedBefore(cutoff, 3)).isEqualTo(2);
        assertThat(activity.forgetRecordedBefore(cutoff, 3)).isZero();

        assertThat(activity.markRecorded(community, old.getFirst(), longAgo)).as("forgotten").isTrue();
        assertThat(activity.markRecorded(community, recent, longAgo)).as("still remembered").isFalse();
    }

    @Test
    void aRolledBackActivityIsNotRememberedAndEarnsNothing() {
        CommunityId community = newCommunity();
        UserId member = member(community, "Alia");
        UUID event = UUID.randomUUID();

        try {
            bean(CommunityWriteLockPort.class).inCommunityTransaction(community, () -> {
                activity.markRecorded(community, event, T1);
                activity.addPoints(community, member, 500, T1);
                bean(SaveBadgeAwardsPort.class).grantAutomaticBadges(community,
                        BadgeRules.grants(member, BadgeRules.engagement(500), BadgeCatalog.DEFAULT), T1);
                throw new IllegalStateException("the cooldown store failed");
            });
        } catch (IllegalStateException expected) {
            // the whole transaction is rolled back
        }

        assertThat(activity.markRecorded(community, event, T1)).isTrue();
        assertThat(storedDouble("activity_points", community, member)).isZero();
        assertThat(bean(LoadBadgesPort.class).findHeldBadges(community, member)).isEmpty();
    }

    @Test
    void engagementBadgesAreAwardedWithThePointsInOneTransaction() {
        CommunityId community = newCommunity();
        UserId member = member(community, "Ghanima");

        int awarded = bean(CommunityWriteLockPort.class).inCommunityTransaction(community, () -> {
            ActivityBalance balance = activity.addPoints(community, member, 260, T1).orElseThrow();
            return bean(SaveBadgeAwardsPort.class).grantAutomaticBadges(community,
                    BadgeRules.grants(member, BadgeRules.engagement(balance.points()), BadgeCatalog.DEFAULT), T1);
        });

        assertThat(awarded).isEqualTo(2);
        assertThat(bean(LoadBadgesPort.class).findHeldBadges(community, member)).extracting(BadgeAward::badge)
                .containsExactlyInAnyOrder(BadgeRules.CONSISTENT, BadgeRules.DEDICATED);
        assertThat(bean(LoadMemberStatsPort.class).findMemberStats(community, member, T1).orElseThrow().badgeCount())
                .isEqualTo(2);
    }

    @Test
    void anUnknownMemberGetsAPlaceholderProfileThatRegistrationFillsIn() {
        CommunityId community = newCommunity();
        UserId stranger = newUser();

        activity.addPoints(community, stranger, 1, T1);

        assertThat(bean(LoadProfilesPort.class).findProfile(community, stranger)).get()
                .satisfies(p -> assertThat(p.nym().value()).isEqualTo("member-" + stranger.value()));
        bean(RegisterMemberPort.class).registerMember(community, stranger, new Nym("Farok"), T1.plusSeconds(60));
        assertThat(bean(LoadProfilesPort.class).findProfile(community, stranger).orElseThrow().nym().value())
                .isEqualTo("Farok");
        assertThat(storedDouble("activity_points", community, stranger)).isEqualTo(1.0);
    }

    @Test
    void aMemberWhoLeftEarnsNothing() {
        CommunityId community = newCommunity();
        UserId member = member(community, "Otheym");
        markLeft(community, member);

        assertThat(activity.addPoints(community, member, 1, T1)).isEmpty();
        assertThat(storedDouble("activity_points", community, member)).isZero();
    }

    @Test
    void statsSumNaibTermsUpToNowAndCountTierChanges() {
        CommunityId community = newCommunity();
        UserId member = member(community, "Korba");
        execute("INSERT INTO naib_seatings (community_id, user_id, seated_at, unseated_at) VALUES (?, ?, ?, ?)",
                community.value(), member.value(), Timestamp.from(T1),
                Timestamp.from(T1.plus(Duration.ofHours(2))));
        execute("INSERT INTO naib_seatings (community_id, user_id, seated_at) VALUES (?, ?, ?)",
                community.value(), member.value(), Timestamp.from(T1.plus(Duration.ofDays(1))));
        execute("""
                INSERT INTO tier_changes (community_id, user_id, from_tier, to_tier, changed_at, cause)
                VALUES (?, ?, 'NONE', 'NAIB', ?, 'PROMOTED')""", community.value(), member.value(),
                Timestamp.from(T1));

        var stats = bean(LoadMemberStatsPort.class)
                .findMemberStats(community, member, T1.plus(Duration.ofDays(1)).plus(Duration.ofHours(3)))
                .orElseThrow();

        assertThat(stats.naibSeatedTime()).isEqualTo(Duration.ofHours(5));
        assertThat(stats.tierChanges()).isEqualTo(1);
        assertThat(stats.activity()).isEmpty();
        assertThat(bean(LoadMemberStatsPort.class).findMemberStats(community, newUser(), T1)).isEqualTo(Optional.empty());
    }

    private static UserId member(CommunityId community, String nym) {
        UserId user = newUser();
        bean(RegisterMemberPort.class).registerMember(community, user, new Nym(nym), T1);
        return user;
    }

    private static double storedDouble(String column, CommunityId community, UserId member) {
        try (var connection = separateConnection();
                var statement = connection.prepareStatement("SELECT " + column
                        + " FROM member_profiles WHERE community_id = ? AND user_id = ?")) {
            statement.setString(1, community.value());
            statement.setString(2, member.value());
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getDouble(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

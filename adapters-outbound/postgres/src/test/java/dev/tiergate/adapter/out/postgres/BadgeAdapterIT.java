package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.badge.AutomaticBadgeSweepPort;
import dev.tiergate.application.port.out.badge.LoadBadgesPort;
import dev.tiergate.application.port.out.badge.LoadFirstSeatingPort;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.naib.UpdateNaibSeatsPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.badge.AutomaticBadgeInputs;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.BadgeAward;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.badge.BadgeGrant;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.badge.BadgeRules;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.SeatingChanges;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Awards are idempotent, revocations soft, re-awards new rows, and badge_count always equals the held awards. */
class BadgeAdapterIT extends AdapterIntegrationTest {

    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = T1.plusSeconds(3600);
    private static final Instant T3 = T2.plusSeconds(3600);
    private static final BadgeId HELPER = new BadgeId("helper");

    private final SaveBadgeAwardsPort save = bean(SaveBadgeAwardsPort.class);
    private final LoadBadgesPort load = bean(LoadBadgesPort.class);

    @Test
    void aNewCommunityGetsTheDefaultCatalogInOrder() {
        CommunityId community = newCommunity();

        assertThat(bean(LoadCommunityPort.class).loadCommunity(community).orElseThrow().config().badgeCatalog())
                .isEqualTo(BadgeCatalog.DEFAULT);
        assertThat(queryLong("SELECT count(*) FROM community_badges WHERE community_id = ?", community.value()))
                .isEqualTo(14);
    }

    @Test
    void awardingTwiceKeepsOneHeldAwardAndCountsItOnce() {
        CommunityId community = newCommunity();
        UserId admin = newUser();
        UserId member = member(community, "Stilgar");

        assertThat(save.awardBadge(community, grant(member, admin, "shares water"), T1)).isTrue();
        assertThat(save.awardBadge(community, grant(member, admin, "again"), T2)).isFalse();

        assertThat(load.findHeldBadges(community, member))
                .containsExactly(new BadgeAward(HELPER, T1, new AwardSource.Member(admin), "shares water"));
        assertThat(badgeCount(community, member)).isEqualTo(1);
        assertThat(awardRows(community, member)).isEqualTo(1);
    }

    @Test
    void concurrentAwardsOfTheSameBadgeAwardItOnce() throws Exception {
        CommunityId community = newCommunity();
        UserId member = member(community, "Chani");
        UserId admin = newUser();
        try (ExecutorService threads = Executors.newFixedThreadPool(6)) {
            List<CompletableFuture<Boolean>> awards = IntStream.range(0, 6)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> save.awardBadge(community, grant(member, admin, "race " + i), T1), threads))
                    .toList();
            assertThat(awards.stream().map(CompletableFuture::join).filter(Boolean::booleanValue)).hasSize(1);
        }
        assertThat(badgeCount(community, member)).isEqualTo(1);
    }

    @Test
    void revocationIsSoftAndAReAwardIsANewRowWithTheHistoryKept() {
        CommunityId community = newCommunity();
        UserId admin = newUser();
        UserId member = member(community, "Jamis");
        save.awardBadge(community, grant(member, admin, "first"), T1);

        assertThat(save.revokeBadge(community, member, HELPER, new AwardSource.Member(admin), "mistake", T2)).isTrue();
        assertThat(save.revokeBadge(community, member, HELPER, new AwardSource.Member(admin), "again", T2)).isFalse();
        assertThat(load.findHeldBadges(community, member)).isEmpty();
        assertThat(badgeCount(community, member)).isZero();

        assertThat(save.awardBadge(community, grant(member, admin, "earned it"), T3)).isTrue();

        assertThat(load.findHeldBadges(community, member)).extracting(BadgeAward::awardedAt).containsExactly(T3);
        assertThat(badgeCount(community, member)).isEqualTo(1);
        assertThat(awardRows(community, member)).isEqualTo(2);
        assertThat(queryLong("""
                SELECT count(*) FROM badge_awards WHERE community_id = ? AND user_id = ? AND revoked_by = ?
                  AND revoke_reason = 'mistake' AND award_reason = 'first'""",
                community.value(), member.value(), admin.value())).isEqualTo(1);
    }

    @Test
    void automaticGrantsSkipHeldAndRevokedBadgesAndNameTheirRule() {
        CommunityId community = newCommunity();
        UserId admin = newUser();
        UserId member = member(community, "Liet");
        UserId other = member(community, "Kynes");
        BadgeCatalog catalog = BadgeCatalog.DEFAULT;
        List<BadgeGrant> veteranElder = BadgeRules.grants(member, Set.of(BadgeRules.VETERAN,
                BadgeRules.ELDER), catalog);
        assertThat(save.grantAutomaticBadges(community, veteranElder, T1)).isEqualTo(2);
        save.revokeBadge(community, member, BadgeRules.ELDER, new AwardSource.Member(admin), "", T2);

        List<BadgeGrant> again = new ArrayList<>(veteranElder);
        again.addAll(BadgeRules.grants(other, Set.of(BadgeRules.VETERAN), catalog));
        again.addAll(BadgeRules.grants(other, Set.of(BadgeRules.VETERAN), catalog));

        assertThat(save.grantAutomaticBadges(community, again, T3)).isEqualTo(1);
        assertThat(badgeCount(community, member)).isEqualTo(1);
        assertThat(badgeCount(community, other)).isEqualTo(1);
        assertThat(load.findHeldBadges(community, other)).singleElement()
                .extracting(BadgeAward::awardedBy).isEqualTo(new AwardSource.Rule("veteran"));
    }

    @Test
    void theFirstSeatingIsTheEarliestOfTheCommunity() {
        CommunityId community = newCommunity();
        UserId first = member(community, "Leto");
        UserId second = member(community, "Jessica");
        UpdateNaibSeatsPort seats = bean(UpdateNaibSeatsPort.class);
        assertThat(bean(LoadFirstSeatingPort.class).firstSeatingAt(community)).isEmpty();

        seats.applySeatingChanges(community, new SeatingChanges(List.of(first), List.of()), T1);
        seats.applySeatingChanges(community, new SeatingChanges(List.of(second), List.of(first)), T2);

        assertThat(bean(LoadFirstSeatingPort.class).firstSeatingAt(community)).contains(T1);
    }

    @Test
    void theSweepPagesPresentMembersByTheirStoredUserId() {
        CommunityId community = newCommunity();
        UserId a = member(community, "Alpha");
        UserId b = member(community, "Beta");
        UserId c = member(community, "Gamma");
        markLeft(community, b);
        AutomaticBadgeSweepPort sweep = bean(AutomaticBadgeSweepPort.class);

        var firstPage = sweep.findBadgeInputs(community, Optional.empty(), new PageLimit(1));
        var rest = sweep.findBadgeInputs(community, Optional.of(firstPage.getFirst().member()), new PageLimit(10));

        List<UserId> expected = a.value().compareTo(c.value()) < 0 ? List.of(a, c) : List.of(c, a);
        assertThat(firstPage).extracting(AutomaticBadgeInputs::member).containsExactly(expected.getFirst());
        assertThat(rest).extracting(AutomaticBadgeInputs::member).containsExactly(expected.getLast());
        assertThat(rest.getFirst()).isEqualTo(new AutomaticBadgeInputs(expected.getLast(), T1,
                ActivityBalance.none(T1), Set.of(Tier.NONE), Optional.empty(), false));
        assertThat(sweep.findActiveCommunities(Optional.empty(), new PageLimit(1000))).contains(community);
    }

    private static BadgeGrant grant(UserId member, UserId admin, String reason) {
        return new BadgeGrant(member, HELPER, new AwardSource.Member(admin), reason);
    }

    private static UserId member(CommunityId community, String nym) {
        UserId user = newUser();
        bean(RegisterMemberPort.class).registerMember(community, user, new Nym(nym), T1);
        return user;
    }

    private static long badgeCount(CommunityId community, UserId member) {
        return queryLong("SELECT badge_count FROM member_profiles WHERE community_id = ? AND user_id = ?",
                community.value(), member.value());
    }

    private static long awardRows(CommunityId community, UserId member) {
        return queryLong("SELECT count(*) FROM badge_awards WHERE community_id = ? AND user_id = ?",
                community.value(), member.value());
    }
}

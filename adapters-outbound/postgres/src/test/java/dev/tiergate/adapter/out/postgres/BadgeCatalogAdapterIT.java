package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.badgecatalog.EditBadgeCatalogPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.badge.BadgeCategory;
import dev.tiergate.domain.badge.BadgeGrant;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Catalog edits land badge by badge, in catalog order, and a badge ever awarded is never removed. */
class BadgeCatalogAdapterIT extends AdapterIntegrationTest {

    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final BadgeId MENTOR = new BadgeId("mentor");
    private static final AwardSource KEY = new AwardSource.ApiKey(new ApiKeyId("key1key1"));

    private final EditBadgeCatalogPort catalogs = bean(EditBadgeCatalogPort.class);

    @Test
    void anAddedBadgeComesLastInTheCatalogAndAReplacedOneKeepsItsPlace() {
        CommunityId community = newCommunity();
        Badge mentor = new Badge(MENTOR, "Mentor", "🧭", BadgeCategory.CONTRIBUTION, "Guides newcomers");
        Badge guide = new Badge(new BadgeId("helper"), "Guide", "🗺️", BadgeCategory.CONTRIBUTION, "Shows the way");

        catalogs.addBadge(community, mentor);
        catalogs.replaceBadge(community, guide);

        List<Badge> badges = catalog(community).badges();
        assertThat(badges).hasSize(BadgeCatalog.DEFAULT.badges().size() + 1);
        assertThat(badges.getLast()).isEqualTo(mentor);
        assertThat(badges.indexOf(guide)).isEqualTo(BadgeCatalog.DEFAULT.badges().indexOf(
                BadgeCatalog.DEFAULT.find(guide.id()).orElseThrow()));
    }

    @Test
    void aBadgeNeverAwardedIsRemovedAndOneEverAwardedStaysWithItsHistory() {
        CommunityId community = newCommunity();
        BadgeId builder = new BadgeId("builder");
        BadgeId helper = new BadgeId("helper");
        UserId member = newUser();
        bean(RegisterMemberPort.class).registerMember(community, member, new Nym("Stilgar"), T1);
        SaveBadgeAwardsPort awards = bean(SaveBadgeAwardsPort.class);
        awards.awardBadge(community, new BadgeGrant(member, helper, KEY, "helps"), T1);
        awards.revokeBadge(community, member, helper, KEY, "mistake", T1.plusSeconds(60));

        assertThat(catalogs.removeBadgeNeverAwarded(community, helper)).isFalse();
        assertThat(catalogs.removeBadgeNeverAwarded(community, builder)).isTrue();
        assertThat(catalogs.removeBadgeNeverAwarded(community, builder)).isFalse();

        assertThat(catalog(community).find(helper)).isPresent();
        assertThat(catalog(community).find(builder)).isEmpty();
        assertThat(queryLong("SELECT count(*) FROM badge_awards WHERE community_id = ? AND badge_id = 'helper'"
                + " AND awarded_by = 'api-key:key1key1' AND revoked_by = 'api-key:key1key1'", community.value())).isEqualTo(1);
    }

    @Test
    void anEditInOneCommunityLeavesEveryOtherCatalogAlone() {
        CommunityId edited = newCommunity();
        CommunityId other = newCommunity();

        catalogs.addBadge(edited, new Badge(MENTOR, "Mentor", "🧭", BadgeCategory.CONTRIBUTION, ""));
        catalogs.removeBadgeNeverAwarded(edited, new BadgeId("teacher"));

        assertThat(catalog(other)).isEqualTo(BadgeCatalog.DEFAULT);
    }

    private static BadgeCatalog catalog(CommunityId community) {
        return bean(LoadCommunityPort.class).loadCommunity(community).orElseThrow().config().badgeCatalog();
    }
}

package dev.tiergate.application.service.badgecatalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.badgecatalog.CatalogBadgesQuery;
import dev.tiergate.application.port.in.badgecatalog.CatalogChange;
import dev.tiergate.application.port.in.badgecatalog.CatalogEditResult;
import dev.tiergate.application.port.in.badgecatalog.CatalogPage;
import dev.tiergate.application.port.in.badgecatalog.EditBadgeCatalogCommand;
import dev.tiergate.application.port.out.badgecatalog.EditBadgeCatalogPort;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.badge.BadgeCategory;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityConfig;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.shared.PageLimit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class EditBadgeCatalogServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final BadgeId MENTOR = new BadgeId("mentor");
    private static final BadgeId HELPER = new BadgeId("helper");
    private static final BadgeId VETERAN = new BadgeId("veteran");

    private final Catalogs catalogs = new Catalogs();
    private final EditBadgeCatalogService edit = new EditBadgeCatalogService(catalogs, catalogs, catalogs);
    private final ListCatalogBadgesService list = new ListCatalogBadgesService(catalogs);

    @Test
    void aNewBadgeIsAlwaysAContributionBadgeListedOnce() {
        CatalogEditResult added = edit(new CatalogChange.Add(MENTOR, "Mentor", "🧭", "Guides newcomers"));

        Badge mentor = new Badge(MENTOR, "Mentor", "🧭", BadgeCategory.CONTRIBUTION, "Guides newcomers");
        assertThat(added).isEqualTo(new CatalogEditResult.Added(mentor));
        assertThat(catalogs.catalog().find(MENTOR)).contains(mentor);
        assertThat(edit(new CatalogChange.Add(MENTOR, "Other", "🧭", "")))
                .isEqualTo(new CatalogEditResult.AlreadyListed(mentor));
    }

    @Test
    void aNameAnotherBadgeHasOrATooLongTextIsRefusedNamingTheField() {
        assertThat(edit(new CatalogChange.Add(MENTOR, "water SHARER", "🧭", "")))
                .isEqualTo(new CatalogEditResult.Invalid("badge.name", "another badge of the catalog has this name"));
        assertThat(edit(new CatalogChange.Change(HELPER, Optional.empty(), Optional.empty(), Optional.of("x".repeat(201)))))
                .isEqualTo(new CatalogEditResult.Invalid("badge.description", "must be at most 200 characters"));
        assertThat(catalogs.catalog()).isEqualTo(BadgeCatalog.DEFAULT);
    }

    @Test
    void aContributionBadgeChangesOnlyTheTextsGivenAndKeepsItsCategory() {
        CatalogEditResult changed = edit(new CatalogChange.Change(HELPER, Optional.of("Guide"), Optional.empty(),
                Optional.empty()));

        Badge guide = new Badge(HELPER, "Guide", "🤝", BadgeCategory.CONTRIBUTION, "Helps other members");
        assertThat(changed).isEqualTo(new CatalogEditResult.Changed(guide));
        assertThat(catalogs.catalog().find(HELPER)).contains(guide);
    }

    @Test
    void automaticBadgesAreNeitherChangedNorRemovedByHand() {
        Badge veteran = BadgeCatalog.DEFAULT.find(VETERAN).orElseThrow();

        assertThat(edit(new CatalogChange.Change(VETERAN, Optional.of("Old"), Optional.empty(), Optional.empty())))
                .isEqualTo(new CatalogEditResult.Automatic(veteran));
        assertThat(edit(new CatalogChange.Remove(VETERAN))).isEqualTo(new CatalogEditResult.Automatic(veteran));
        assertThat(catalogs.catalog()).isEqualTo(BadgeCatalog.DEFAULT);
    }

    @Test
    void aBadgeEverAwardedStaysListedSoItsHistoryStays() {
        catalogs.everAwarded.add(HELPER);

        assertThat(edit(new CatalogChange.Remove(HELPER)))
                .isEqualTo(new CatalogEditResult.EverAwarded(BadgeCatalog.DEFAULT.find(HELPER).orElseThrow()));
        assertThat(edit(new CatalogChange.Remove(new BadgeId("builder"))))
                .isEqualTo(new CatalogEditResult.Removed(new BadgeId("builder")));
        assertThat(edit(new CatalogChange.Remove(MENTOR))).isEqualTo(new CatalogEditResult.UnknownBadge(MENTOR));
        assertThat(catalogs.catalog().find(HELPER)).isPresent();
        assertThat(catalogs.catalog().find(new BadgeId("builder"))).isEmpty();
    }

    @Test
    void pagesFollowBadgeIdsFromTheCursorAndTheLastPageHasNoNextCursor() {
        catalogs.ensureCommunity(GUILD);

        CatalogPage first = list.listCatalogBadges(new CatalogBadgesQuery(GUILD, Optional.empty(), new PageLimit(3)))
                .orElseThrow();
        CatalogPage last = list.listCatalogBadges(new CatalogBadgesQuery(GUILD, Optional.of(new BadgeId("usul")),
                new PageLimit(3))).orElseThrow();

        assertThat(first.badges()).extracting(b -> b.id().value()).containsExactly("builder", "consistent", "dedicated");
        assertThat(first.next()).contains(new BadgeId("dedicated"));
        assertThat(last.badges()).extracting(b -> b.id().value()).containsExactly("usul-ascended", "veteran",
                "water-sharer");
        assertThat(last.next()).isEmpty();
        assertThat(list.listCatalogBadges(new CatalogBadgesQuery(new CommunityId("923456789012345678"),
                Optional.empty(), new PageLimit(3)))).isEmpty();
    }

    private CatalogEditResult edit(CatalogChange change) {
        return edit.editBadgeCatalog(new EditBadgeCatalogCommand(GUILD, change));
    }

    /** Communities whose catalogs change as the port is told; the badges in {@code everAwarded} are never removed. */
    private static final class Catalogs implements LoadCommunityPort, EnsureCommunityPort, EditBadgeCatalogPort,
            CommunityWriteLockPort {

        final Map<CommunityId, Community> stored = new HashMap<>();
        final Set<BadgeId> everAwarded = new HashSet<>();

        BadgeCatalog catalog() {
            return ensureCommunity(GUILD).config().badgeCatalog();
        }

        public Optional<Community> loadCommunity(CommunityId id) {
            return Optional.ofNullable(stored.get(id));
        }

        public Community ensureCommunity(CommunityId id) {
            return stored.computeIfAbsent(id, Community::withDefaults);
        }

        public void addBadge(CommunityId communityId, Badge badge) {
            List<Badge> badges = new ArrayList<>(catalogOf(communityId).badges());
            badges.add(badge);
            store(communityId, badges);
        }

        public void replaceBadge(CommunityId communityId, Badge badge) {
            store(communityId, catalogOf(communityId).badges().stream()
                    .map(b -> b.id().equals(badge.id()) ? badge : b).toList());
        }

        public boolean removeBadgeNeverAwarded(CommunityId communityId, BadgeId badge) {
            if (everAwarded.contains(badge)) {
                return false;
            }
            store(communityId, catalogOf(communityId).badges().stream().filter(b -> !b.id().equals(badge)).toList());
            return true;
        }

        public <T> T inCommunityTransaction(CommunityId communityId, Supplier<T> work) {
            return work.get();
        }

        private BadgeCatalog catalogOf(CommunityId communityId) {
            return stored.get(communityId).config().badgeCatalog();
        }

        private void store(CommunityId communityId, List<Badge> badges) {
            Community community = stored.get(communityId);
            CommunityConfig config = community.config();
            stored.put(communityId, new Community(communityId, community.name(), community.active(),
                    new CommunityConfig(config.tierLadder(), config.naibCouncil(), config.rankBands(),
                            config.demotionGrace(), new BadgeCatalog(badges), config.tierRoleIds(),
                            config.adminRoleIds(), config.launchedAt(), config.activityRules())));
        }
    }
}

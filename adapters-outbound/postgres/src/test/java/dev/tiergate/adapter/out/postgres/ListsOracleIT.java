package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.adapter.out.postgres.ListCommunity.Member;
import dev.tiergate.application.port.in.directory.BrowseDirectoryCommand;
import dev.tiergate.application.port.in.directory.DirectoryEntry;
import dev.tiergate.application.port.in.directory.DirectoryPage;
import dev.tiergate.application.port.in.directory.PageDirectoryCommand;
import dev.tiergate.application.port.in.leaderboard.LeaderboardEntry;
import dev.tiergate.application.port.in.leaderboard.LeaderboardQuery;
import dev.tiergate.application.port.in.leaderboard.LeaderboardView;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.directory.LoadDirectoryPort;
import dev.tiergate.application.port.out.leaderboard.LoadLeaderboardPort;
import dev.tiergate.application.port.out.ratelimit.RateLimitPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.application.service.directory.BrowseDirectoryService;
import dev.tiergate.application.service.leaderboard.ShowLeaderboardService;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.directory.DirectoryFilter;
import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.leaderboard.LeaderboardKind;
import dev.tiergate.domain.leaderboard.TierTarget;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitPolicies;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.tier.TierLadder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every leaderboard, every viewer's own place and every directory walk (Next to the end, then Prev back
 * to page 1) over random communities equal a brute-force computation over what the test wrote.
 */
class ListsOracleIT extends AdapterIntegrationTest {

    private static final Instant NOW = Instant.parse("2025-09-01T12:00:00.123456Z");
    private static final List<TierTarget> TARGETS = TierTarget.of(TierLadder.DEFAULT);
    private static final Comparator<Member> RANK_ORDER = Comparator.comparing(Member::rankKey);

    private static List<ListCommunity> communities;

    @BeforeAll
    static void seed() {
        communities = List.of(new ListCommunity(newCommunity(), NOW, 11, 420), new ListCommunity(newCommunity(), NOW, 12, 260),
                new ListCommunity(newCommunity(), NOW, 13, 7));
    }

    @Test
    void everyLeaderboardAndEveryOwnPlaceEqualTheBruteForceOrder() {
        ShowLeaderboardService service = new ShowLeaderboardService(new CommunityRules(bean(LoadCommunityPort.class)),
                bean(LoadLeaderboardPort.class));
        for (ListCommunity community : communities) {
            for (LeaderboardKind kind : LeaderboardKind.values()) {
                List<Member> expected = expectedBoard(community, kind);
                for (Member viewer : community.members) {
                    LeaderboardView view = service.showLeaderboard(new LeaderboardQuery(community.id, viewer.userId(), kind));
                    String label = kind + " for " + viewer.nym() + " in " + community.id;
                    assertThat(view.totalListed()).as(label).isEqualTo(expected.size());
                    assertThat(view.top()).extracting(LeaderboardEntry::nym).as(label)
                            .containsExactlyElementsOf(expected.subList(0, Math.min(10, expected.size())).stream()
                                    .map(Member::nym).toList());
                    assertThat(view.top()).extracting(LeaderboardEntry::place).as(label)
                            .isEqualTo(java.util.stream.IntStream.rangeClosed(1, view.top().size()).boxed().toList());
                    int index = expected.indexOf(viewer);
                    if (index < 10) {
                        assertThat(view.own()).as(label).isEmpty();
                    } else {
                        LeaderboardEntry own = view.own().orElseThrow();
                        assertThat(own.place()).as(label).isEqualTo(index + 1);
                        assertThat(own.nym()).isEqualTo(viewer.nym());
                        assertThat(own.roundedScore()).isEqualTo(viewer.score().rounded());
                        assertThat(own.viewer()).isTrue();
                    }
                    view.top().forEach(entry -> assertThat(entry.viewer()).isEqualTo(entry.nym().equals(viewer.nym())));
                }
            }
        }
    }

    @Test
    void everyDirectoryWalkForwardAndBackEqualsTheBruteForceList() {
        for (ListCommunity community : communities) {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            BrowseDirectoryService service = new BrowseDirectoryService(new CommunityRules(bean(LoadCommunityPort.class)),
                    bean(LoadDirectoryPort.class), new MemorySessions(), (policy, key) -> new RateLimitDecision.Allowed(NOW, 1), RateLimitPolicies.DEFAULTS,
                    clock);
            Member walker = community.members.getFirst();
            for (DirectorySort sort : DirectorySort.values()) {
                for (DirectoryFilter filter : filters()) {
                    List<Nym> expected = expectedDirectory(community, filter, sort);
                    String label = sort + " " + filter + " in " + community.id;
                    List<List<Nym>> pages = new ArrayList<>();
                    DirectoryPage.Page page = (DirectoryPage.Page) service.start(
                            new BrowseDirectoryCommand(community.id, walker.userId(), filter, sort));
                    assertThat(page.totalMatching()).as(label).isEqualTo(expected.size());
                    pages.add(nyms(page));
                    while (page.hasNext()) {
                        page = (DirectoryPage.Page) service.page(new PageDirectoryCommand(community.id, walker.userId(), true));
                        assertThat(page.number()).as(label).isEqualTo(pages.size() + 1);
                        pages.add(nyms(page));
                    }
                    assertThat(pages.stream().flatMap(List::stream).toList()).as(label).containsExactlyElementsOf(expected);
                    assertThat(pages.subList(0, pages.size() - 1)).as(label).allSatisfy(p -> assertThat(p).hasSize(10));
                    for (int back = pages.size() - 1; back >= 1; back--) {
                        page = (DirectoryPage.Page) service.page(new PageDirectoryCommand(community.id, walker.userId(), false));
                        assertThat(page.number()).as(label).isEqualTo(back);
                        assertThat(nyms(page)).as(label + " page " + back).containsExactlyElementsOf(pages.get(back - 1));
                        assertThat(page.hasPrevious()).isEqualTo(back > 1);
                        assertThat(page.hasNext()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void directoryEntriesShowTierTenureAndHeldBadges() {
        ListCommunity community = communities.getFirst();
        BrowseDirectoryService service = new BrowseDirectoryService(new CommunityRules(bean(LoadCommunityPort.class)),
                bean(LoadDirectoryPort.class), new MemorySessions(), (policy, key) -> new RateLimitDecision.Allowed(NOW, 1), RateLimitPolicies.DEFAULTS,
                Clock.fixed(NOW, ZoneOffset.UTC));
        DirectoryPage.Page page = (DirectoryPage.Page) service.start(new BrowseDirectoryCommand(community.id,
                community.members.getFirst().userId(), DirectoryFilter.EVERYONE, DirectorySort.BADGES));
        for (DirectoryEntry entry : page.entries()) {
            Member member = community.members.stream().filter(m -> m.nym().equals(entry.nym())).findFirst().orElseThrow();
            assertThat(entry.tier()).isEqualTo(member.tier());
            assertThat(entry.badgeCount()).isEqualTo(member.badges().size());
            assertThat(entry.tenure()).isEqualTo(Tenure.of(member.joinedAt(), Optional.of(community.launchedAt), NOW));
        }
    }

    private static List<Member> expectedBoard(ListCommunity community, LeaderboardKind kind) {
        return switch (kind) {
            case SCORE -> community.members.stream().filter(Member::ranked).sorted(RANK_ORDER).toList();
            case BADGES -> community.present().stream().filter(m -> !m.badges().isEmpty())
                    .sorted(Comparator.<Member>comparingInt(m -> -m.badges().size()).thenComparing(RANK_ORDER))
                    .toList();
            case TIERS -> community.present().stream().filter(m -> target(m).isPresent())
                    .sorted(Comparator.<Member, java.math.BigDecimal>comparing(m -> target(m).orElseThrow().distance(m.score()))
                            .thenComparing(RANK_ORDER))
                    .toList();
        };
    }

    private static Optional<TierTarget> target(Member m) {
        return TARGETS.stream().filter(t -> t.tier() == m.tier()).findFirst();
    }

    private static List<DirectoryFilter> filters() {
        return List.of(DirectoryFilter.EVERYONE,
                new DirectoryFilter(Set.of(Tier.QANAT, Tier.HAJRA, Tier.NONE), Optional.empty(), Optional.empty()),
                new DirectoryFilter(Set.of(), Optional.of(new BadgeId("helper")), Optional.empty()),
                new DirectoryFilter(Set.of(), Optional.empty(), Optional.of(Tenure.OG)),
                new DirectoryFilter(Set.of(), Optional.empty(), Optional.of(Tenure.ELDER)),
                new DirectoryFilter(Set.of(), Optional.empty(), Optional.of(Tenure.VETERAN)),
                new DirectoryFilter(Set.of(), Optional.empty(), Optional.of(Tenure.MEMBER)),
                new DirectoryFilter(Set.of(Tier.ICHWAN, Tier.SIHAYA), Optional.of(new BadgeId("og")), Optional.of(Tenure.MEMBER)));
    }

    private static List<Nym> expectedDirectory(ListCommunity community, DirectoryFilter filter, DirectorySort sort) {
        Predicate<Member> selected = m -> !m.left() && !m.optedOut()
                && (filter.tiers().isEmpty() || filter.tiers().contains(m.tier()))
                && filter.badge().map(m.badges()::contains).orElse(true)
                && filter.tenure().map(t -> Tenure.of(m.joinedAt(), Optional.of(community.launchedAt), NOW) == t).orElse(true);
        Comparator<Member> order = switch (sort) {
            case NYM -> Comparator.<Member, String>comparing(m -> m.nym().key(), ListCommunity::compareCodePoints)
                    .thenComparing(ListCommunity::userNumber);
            case TENURE -> Comparator.comparing(Member::joinedAt).thenComparing(ListCommunity::userNumber);
            case BADGES -> Comparator.<Member>comparingInt(m -> -m.badges().size()).thenComparing(RANK_ORDER);
        };
        return community.members.stream().filter(selected).sorted(order).map(Member::nym).toList();
    }

    private static List<Nym> nyms(DirectoryPage.Page page) {
        return page.entries().stream().map(DirectoryEntry::nym).toList();
    }
}

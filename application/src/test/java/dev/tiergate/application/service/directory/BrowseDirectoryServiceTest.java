package dev.tiergate.application.service.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.directory.BrowseDirectoryCommand;
import dev.tiergate.application.port.in.directory.DirectoryEntry;
import dev.tiergate.application.port.in.directory.DirectoryPage;
import dev.tiergate.application.port.in.directory.PageDirectoryCommand;
import dev.tiergate.application.port.in.directory.RefineDirectoryCommand;
import dev.tiergate.application.port.in.directory.SortDirectoryCommand;
import dev.tiergate.application.port.out.directory.DirectoryMember;
import dev.tiergate.application.port.out.directory.DirectorySelection;
import dev.tiergate.application.port.out.directory.LoadDirectoryPort;
import dev.tiergate.application.port.out.session.SessionKey;
import dev.tiergate.application.port.out.session.SessionStorePort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.directory.DirectoryCursor;
import dev.tiergate.domain.directory.DirectoryFilter;
import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitPolicies;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Tier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BrowseDirectoryServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final UserId VIEWER = new UserId("987654321098765432");
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    private final List<DirectoryMember> members = new ArrayList<>();
    private final List<DirectorySelection> selections = new ArrayList<>();
    private final Map<SessionKey, Map<String, String>> sessions = new HashMap<>();
    private final List<Duration> timesToLive = new ArrayList<>();
    private RateLimitDecision decision = new RateLimitDecision.Allowed(NOW, 1);
    private final BrowseDirectoryService service = new BrowseDirectoryService(new CommunityRules(id -> Optional.empty()),
            new MemoryDirectory(), new MemorySessions(), (policy, key) -> decision, RateLimitPolicies.DEFAULTS, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void pagesTenAtATimeForwardToTheEndAndBackToTheStart() {
        seed(25);

        DirectoryPage.Page first = start(DirectoryFilter.EVERYONE, DirectorySort.NYM);
        DirectoryPage.Page second = next();
        DirectoryPage.Page third = next();
        DirectoryPage.Page backToSecond = previous();
        DirectoryPage.Page backToFirst = previous();

        assertThat(nyms(first)).containsExactlyElementsOf(sortedNyms().subList(0, 10));
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(first.totalMatching()).isEqualTo(25);
        assertThat(nyms(third)).containsExactlyElementsOf(sortedNyms().subList(20, 25));
        assertThat(third.number()).isEqualTo(3);
        assertThat(third.hasNext()).isFalse();
        assertThat(nyms(backToSecond)).isEqualTo(nyms(second));
        assertThat(backToSecond.number()).isEqualTo(2);
        assertThat(backToFirst.number()).isEqualTo(1);
        assertThat(backToFirst.hasPrevious()).isFalse();
        assertThat(nyms(backToFirst)).isEqualTo(nyms(first));
        assertThat(timesToLive).containsOnly(Duration.ofMinutes(5));
    }

    @Test
    void clicksWithoutASessionAnswerExpired() {
        assertThat(service.page(new PageDirectoryCommand(GUILD, VIEWER, true))).isInstanceOf(DirectoryPage.Expired.class);
        assertThat(service.sort(new SortDirectoryCommand(GUILD, VIEWER, "nym"))).isInstanceOf(DirectoryPage.Expired.class);
    }

    @Test
    void aThrottledClickIsToldToSlowDownAndChangesNothing() {
        seed(15);
        start(DirectoryFilter.EVERYONE, DirectorySort.NYM);
        Map<String, String> before = Map.copyOf(sessions.values().iterator().next());
        decision = new RateLimitDecision.Throttled(Duration.ofMillis(1500));

        DirectoryPage answer = service.page(new PageDirectoryCommand(GUILD, VIEWER, true));

        assertThat(answer).isEqualTo(new DirectoryPage.SlowDown(Duration.ofMillis(1500)));
        assertThat(sessions.values().iterator().next()).isEqualTo(before);
    }

    @Test
    void refiningAFilterRestartsOnPageOneWithTheOtherFiltersKept() {
        seed(30);
        start(new DirectoryFilter(Set.of(), Optional.empty(), Optional.of(Tenure.MEMBER)), DirectorySort.TENURE);
        next();

        DirectoryPage.Page refined = (DirectoryPage.Page) service.refine(
                new RefineDirectoryCommand(GUILD, VIEWER, "tier", List.of("qanat", "HAJRA")));

        assertThat(refined.number()).isEqualTo(1);
        assertThat(refined.filter().tiers()).containsExactlyInAnyOrder(Tier.QANAT, Tier.HAJRA);
        assertThat(refined.filter().tenure()).contains(Tenure.MEMBER);
        assertThat(refined.entries()).allSatisfy(e -> assertThat(e.tier()).isIn(Tier.QANAT, Tier.HAJRA));
        assertThat(refined.sort()).isEqualTo(DirectorySort.TENURE);
    }

    @Test
    void valuesTheDirectoryDoesNotOfferAreInvalid() {
        seed(3);
        start(DirectoryFilter.EVERYONE, DirectorySort.NYM);

        assertThat(service.refine(new RefineDirectoryCommand(GUILD, VIEWER, "tier", List.of("emperor"))))
                .isEqualTo(new DirectoryPage.Invalid("tier", "must be tier names"));
        assertThat(service.refine(new RefineDirectoryCommand(GUILD, VIEWER, "tenure", List.of("ancient"))))
                .isInstanceOf(DirectoryPage.Invalid.class);
        assertThat(service.refine(new RefineDirectoryCommand(GUILD, VIEWER, "badge", List.of("no-such-badge"))))
                .isInstanceOf(DirectoryPage.Invalid.class);
        assertThat(service.refine(new RefineDirectoryCommand(GUILD, VIEWER, "wallet", List.of("x"))))
                .isEqualTo(new DirectoryPage.Invalid("filter", "must be tier, badge or tenure"));
        assertThat(service.sort(new SortDirectoryCommand(GUILD, VIEWER, "score")))
                .isEqualTo(new DirectoryPage.Invalid("sort", "must be nym, tenure or badges"));
    }

    @Test
    void anyClearsASingleChoiceFilterAndSortingRestartsTheWalk() {
        seed(12);
        start(new DirectoryFilter(Set.of(), Optional.empty(), Optional.of(Tenure.MEMBER)), DirectorySort.NYM);

        DirectoryPage.Page cleared = (DirectoryPage.Page) service.refine(
                new RefineDirectoryCommand(GUILD, VIEWER, "tenure", List.of("any")));
        DirectoryPage.Page sorted = (DirectoryPage.Page) service.sort(new SortDirectoryCommand(GUILD, VIEWER, "Badges"));

        assertThat(cleared.filter()).isEqualTo(DirectoryFilter.EVERYONE);
        assertThat(cleared.totalMatching()).isEqualTo(12);
        assertThat(sorted.sort()).isEqualTo(DirectorySort.BADGES);
        assertThat(sorted.number()).isEqualTo(1);
    }

    @Test
    void theBadgeMenuChoosesOneBadgeOfTheCatalogThatEveryPageCarriesAndAnyClearsIt() {
        seed(12);
        DirectoryPage.Page first = start(new DirectoryFilter(Set.of(Tier.QANAT), Optional.empty(), Optional.empty()),
                DirectorySort.TENURE);

        DirectoryPage.Page helpers = (DirectoryPage.Page) service.refine(
                new RefineDirectoryCommand(GUILD, VIEWER, "badge", List.of(" Helper ")));
        DirectorySelection asked = selections.getLast();
        DirectoryPage.Page cleared = (DirectoryPage.Page) service.refine(
                new RefineDirectoryCommand(GUILD, VIEWER, "badge", List.of("any")));

        assertThat(first.catalog()).isEqualTo(BadgeCatalog.DEFAULT);
        assertThat(helpers.catalog()).isEqualTo(BadgeCatalog.DEFAULT);
        assertThat(helpers.filter()).isEqualTo(new DirectoryFilter(Set.of(Tier.QANAT), Optional.of(new BadgeId("helper")),
                Optional.empty()));
        assertThat(helpers.sort()).isEqualTo(DirectorySort.TENURE);
        assertThat(asked.badge()).contains(new BadgeId("helper"));
        assertThat(cleared.filter().badge()).isEmpty();
        assertThat(cleared.filter().tiers()).containsExactly(Tier.QANAT);
        assertThat(service.refine(new RefineDirectoryCommand(GUILD, VIEWER, "badge", List.of("helper", "builder"))))
                .isEqualTo(new DirectoryPage.Invalid("badge", "must be one badge of this community"));
    }

    @Test
    void ogWithoutALaunchDateMatchesNobody() {
        seed(5);

        DirectoryPage.Page page = start(new DirectoryFilter(Set.of(), Optional.empty(), Optional.of(Tenure.OG)),
                DirectorySort.NYM);

        assertThat(page.entries()).isEmpty();
        assertThat(page.totalMatching()).isZero();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void aSessionThatDoesNotReadBackIsExpired() {
        sessions.put(new SessionKey(GUILD, VIEWER, "directory"), Map.of("sort", "SIDEWAYS"));

        assertThat(service.page(new PageDirectoryCommand(GUILD, VIEWER, true))).isInstanceOf(DirectoryPage.Expired.class);
    }

    private DirectoryPage.Page start(DirectoryFilter filter, DirectorySort sort) {
        return (DirectoryPage.Page) service.start(new BrowseDirectoryCommand(GUILD, VIEWER, filter, sort));
    }

    private DirectoryPage.Page next() {
        return (DirectoryPage.Page) service.page(new PageDirectoryCommand(GUILD, VIEWER, true));
    }

    private DirectoryPage.Page previous() {
        return (DirectoryPage.Page) service.page(new PageDirectoryCommand(GUILD, VIEWER, false));
    }

    private void seed(int count) {
        Tier[] tiers = {Tier.QANAT, Tier.HAJRA, Tier.NONE, Tier.USUL};
        for (int i = 0; i < count; i++) {
            members.add(new DirectoryMember(new UserId("10000000000000000" + (10 + i)), new Nym("nym-" + (char) ('z' - i % 26) + i),
                    tiers[i % tiers.length], NOW.minus(Duration.ofDays(i * 7L)), Score.parse(Integer.toString(i)), i % 4));
        }
    }

    private List<Nym> sortedNyms() {
        return members.stream().map(DirectoryMember::nym).sorted(Comparator.comparing(Nym::key)).toList();
    }

    private static List<Nym> nyms(DirectoryPage.Page page) {
        return page.entries().stream().map(DirectoryEntry::nym).collect(Collectors.toList());
    }

    /** The directory by brute force: filter, sort by the cursor's keys, then take the page. */
    private final class MemoryDirectory implements LoadDirectoryPort {

        private List<DirectoryMember> selected(DirectorySelection selection, DirectorySort sort) {
            selections.add(selection);
            Comparator<DirectoryCursor> order = order(sort);
            return members.stream()
                    .filter(m -> selection.tiers().isEmpty() || selection.tiers().contains(m.tier()))
                    .filter(m -> selection.joined().map(r -> r.contains(m.joinedAt())).orElse(true))
                    .sorted(Comparator.comparing(DirectoryMember::cursor, order))
                    .toList();
        }

        private static Comparator<DirectoryCursor> order(DirectorySort sort) {
            return switch (sort) {
                case NYM -> Comparator.comparing(DirectoryCursor::nymKey).thenComparing(DirectoryCursor::userId);
                case TENURE -> Comparator.comparing(DirectoryCursor::joinedAt).thenComparing(DirectoryCursor::userId);
                case BADGES -> Comparator.comparingInt((DirectoryCursor c) -> -c.badgeCount())
                        .thenComparing(DirectoryCursor::score, Comparator.reverseOrder())
                        .thenComparing(DirectoryCursor::joinedAt).thenComparing(DirectoryCursor::userId);
            };
        }

        @Override
        public List<DirectoryMember> findPage(CommunityId communityId, DirectorySelection selection, DirectorySort sort,
                Optional<DirectoryCursor> from, boolean forward, PageLimit limit) {
            Comparator<DirectoryCursor> order = order(sort);
            List<DirectoryMember> all = selected(selection, sort);
            if (forward) {
                return all.stream().filter(m -> from.map(c -> order.compare(m.cursor(), c) > 0).orElse(true))
                        .limit(limit.value()).toList();
            }
            List<DirectoryMember> before = all.stream()
                    .filter(m -> from.map(c -> order.compare(m.cursor(), c) < 0).orElse(true)).toList();
            return before.subList(Math.max(0, before.size() - limit.value()), before.size());
        }

        @Override
        public int countSelected(CommunityId communityId, DirectorySelection selection) {
            return selected(selection, DirectorySort.NYM).size();
        }
    }

    private final class MemorySessions implements SessionStorePort {
        @Override
        public void saveSession(SessionKey key, Map<String, String> values, Duration timeToLive) {
            sessions.put(key, Map.copyOf(values));
            timesToLive.add(timeToLive);
        }

        @Override
        public Optional<Map<String, String>> loadSession(SessionKey key) {
            return Optional.ofNullable(sessions.get(key));
        }

        @Override
        public void deleteSession(SessionKey key) {
            sessions.remove(key);
        }
    }
}

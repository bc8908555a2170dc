package dev.tiergate.application.service.directory;

import dev.tiergate.application.port.in.directory.BrowseDirectoryCommand;
import dev.tiergate.application.port.in.directory.BrowseDirectoryUseCase;
import dev.tiergate.application.port.in.directory.DirectoryEntry;
import dev.tiergate.application.port.in.directory.DirectoryPage;
import dev.tiergate.application.port.in.directory.PageDirectoryCommand;
import dev.tiergate.application.port.in.directory.RefineDirectoryCommand;
import dev.tiergate.application.port.in.directory.SortDirectoryCommand;
import dev.tiergate.application.port.out.directory.DirectoryMember;
import dev.tiergate.application.port.out.directory.DirectorySelection;
import dev.tiergate.application.port.out.directory.LoadDirectoryPort;
import dev.tiergate.application.port.out.ratelimit.RateLimitPort;
import dev.tiergate.application.port.out.session.SessionKey;
import dev.tiergate.application.port.out.session.SessionStorePort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.directory.DirectoryCursor;
import dev.tiergate.domain.directory.DirectoryFilter;
import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.directory.TenureRange;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitKey;
import dev.tiergate.domain.ratelimit.RateLimitPolicies;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Tier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Browses the member directory 10 at a time by keyset: the session keeps the cursors of the page
 * shown, Next reads after its last member and Prev before its first, so pages stay exact while members
 * come and go. Clicks are limited by the deployment's {@link RateLimitPolicy#DIRECTORY_REFRESH} policy.
 */
public final class BrowseDirectoryService implements BrowseDirectoryUseCase {

    static final String SESSION_KIND = "directory";
    /** The menu value that clears a single-choice filter. */
    static final String ANY = "any";
    static final Duration SESSION_TTL = Duration.ofMinutes(5);
    /** One more than a page: whether it comes back says if there is a page beyond. */
    private static final PageLimit PROBE = new PageLimit(DirectoryPage.SIZE + 1);

    private final CommunityRules rules;
    private final LoadDirectoryPort directory;
    private final SessionStorePort sessions;
    private final RateLimitPort limits;
    private final RateLimitPolicy refresh;
    private final Clock clock;

    public BrowseDirectoryService(CommunityRules rules, LoadDirectoryPort directory, SessionStorePort sessions,
            RateLimitPort limits, RateLimitPolicies policies, Clock clock) {
        this.rules = rules;
        this.directory = directory;
        this.sessions = sessions;
        this.limits = limits;
        this.refresh = policies.named(RateLimitPolicy.DIRECTORY_REFRESH.name());
        this.clock = clock;
    }

    @Override
    public DirectoryPage start(BrowseDirectoryCommand command) {
        return firstPage(command.communityId(), command.member(), command.filter(), command.sort());
    }

    @Override
    public DirectoryPage page(PageDirectoryCommand command) {
        return withSession(command.communityId(), command.member(), session -> command.forward()
                ? next(command.communityId(), command.member(), session)
                : previous(command.communityId(), command.member(), session));
    }

    @Override
    public DirectoryPage refine(RefineDirectoryCommand command) {
        return withSession(command.communityId(), command.member(), session -> {
            Community community = rules.of(command.communityId());
            List<String> values = command.values().stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
            DirectoryFilter current = session.filter();
            return switch (command.filter() == null ? "" : command.filter()) {
                case "tier" -> tiers(values).<DirectoryPage>map(tiers -> firstPage(community.id(), command.member(),
                                new DirectoryFilter(tiers, current.badge(), current.tenure()), session.sort()))
                        .orElseGet(() -> new DirectoryPage.Invalid("tier", "must be tier names"));
                case "badge" -> badge(community, values).<DirectoryPage>map(badge -> firstPage(community.id(),
                                command.member(), new DirectoryFilter(current.tiers(), badge, current.tenure()), session.sort()))
                        .orElseGet(() -> new DirectoryPage.Invalid("badge", "must be one badge of this community"));
                case "tenure" -> tenure(values).<DirectoryPage>map(tenure -> firstPage(community.id(), command.member(),
                                new DirectoryFilter(current.tiers(), current.badge(), tenure), session.sort()))
                        .orElseGet(() -> new DirectoryPage.Invalid("tenure", "must be og, veteran, elder or member"));
                default -> new DirectoryPage.Invalid("filter", "must be tier, badge or tenure");
            };
        });
    }

    @Override
    public DirectoryPage sort(SortDirectoryCommand command) {
        return withSession(command.communityId(), command.member(), session -> parseSort(command.sort())
                .<DirectoryPage>map(sort -> firstPage(command.communityId(), command.member(), session.filter(), sort))
                .orElseGet(() -> new DirectoryPage.Invalid("sort", "must be nym, tenure or badges")));
    }

    /** Spends one click of the member's budget, then runs {@code step} on its session, if it still has one. */
    private DirectoryPage withSession(CommunityId community, UserId member,
            Function<DirectorySession, DirectoryPage> step) {
        RateLimitDecision decision = limits.decide(refresh, RateLimitKey.of(refresh, community, member.value()));
        return switch (decision) {
            case RateLimitDecision.Throttled throttled -> new DirectoryPage.SlowDown(throttled.retryAfter());
            case RateLimitDecision.Unavailable unavailable -> new DirectoryPage.SlowDown(refresh.period());
            case RateLimitDecision.Allowed allowed -> sessions.loadSession(key(community, member))
                    .flatMap(DirectorySession::fromValues)
                    .map(step)
                    .orElseGet(DirectoryPage.Expired::new);
        };
    }

    private DirectoryPage firstPage(CommunityId communityId, UserId member, DirectoryFilter filter, DirectorySort sort) {
        Community community = rules.of(communityId);
        Optional<DirectorySelection> selection = selection(community, filter);
        int total = selection.map(s -> directory.countSelected(communityId, s)).orElse(0);
        List<DirectoryMember> rows = read(communityId, selection, sort, Optional.empty(), true);
        return showForward(community, member, new Shown(filter, sort, 1, total), rows);
    }

    private DirectoryPage next(CommunityId communityId, UserId member, DirectorySession session) {
        if (session.last().isEmpty()) {
            return firstPage(communityId, member, session.filter(), session.sort());
        }
        Community community = rules.of(communityId);
        Optional<DirectorySelection> selection = selection(community, session.filter());
        List<DirectoryMember> rows = read(communityId, selection, session.sort(), session.last(), true);
        if (rows.isEmpty()) {
            // Everyone after this page left meanwhile: this page is now the last one.
            return previousFrom(community, member, session, Optional.empty(), session.number());
        }
        Shown shown = new Shown(session.filter(), session.sort(), session.number() + 1, session.totalMatching());
        return showForward(community, member, shown, rows);
    }

    private DirectoryPage previous(CommunityId communityId, UserId member, DirectorySession session) {
        if (session.first().isEmpty()) {
            return firstPage(communityId, member, session.filter(), session.sort());
        }
        return previousFrom(rules.of(communityId), member, session, session.first(), session.number() - 1);
    }

    /** The page that ends just before {@code before} (the last page without it); page 1 when nothing precedes it. */
    private DirectoryPage previousFrom(Community community, UserId member, DirectorySession session,
            Optional<DirectoryCursor> before, int number) {
        Optional<DirectorySelection> selection = selection(community, session.filter());
        List<DirectoryMember> rows = read(community.id(), selection, session.sort(), before, false);
        if (rows.size() <= DirectoryPage.SIZE) {
            return firstPage(community.id(), member, session.filter(), session.sort());
        }
        Shown shown = new Shown(session.filter(), session.sort(), Math.max(2, number), session.totalMatching());
        return show(community, member, shown, rows.subList(1, rows.size()), before.isPresent());
    }

    private List<DirectoryMember> read(CommunityId communityId, Optional<DirectorySelection> selection,
            DirectorySort sort, Optional<DirectoryCursor> from, boolean forward) {
        return selection.map(s -> directory.findPage(communityId, s, sort, from, forward, PROBE)).orElse(List.of());
    }

    /** Shows {@code page} (at most a page of rows) and saves the session on it. */
    private DirectoryPage show(Community community, UserId member, Shown shown, List<DirectoryMember> page,
            boolean hasNext) {
        sessions.saveSession(key(community.id(), member), new DirectorySession(shown.filter(), shown.sort(),
                shown.number(), page.stream().findFirst().map(DirectoryMember::cursor),
                page.isEmpty() ? Optional.empty() : Optional.of(page.getLast().cursor()), shown.total()).toValues(),
                SESSION_TTL);
        Instant now = clock.instant();
        List<DirectoryEntry> entries = page.stream()
                .map(m -> new DirectoryEntry(m.nym(), m.tier(),
                        Tenure.of(m.joinedAt(), community.config().launchedAt(), now), m.badgeCount()))
                .toList();
        return new DirectoryPage.Page(member, entries, shown.filter(), shown.sort(), shown.number(), shown.number() > 1,
                hasNext, shown.total(), community.config().badgeCatalog());
    }

    /** The first page of rows read forward with one row to spare, and whether that spare row came back. */
    private DirectoryPage showForward(Community community, UserId member, Shown shown, List<DirectoryMember> rows) {
        return show(community, member, shown, rows.subList(0, Math.min(rows.size(), DirectoryPage.SIZE)),
                rows.size() > DirectoryPage.SIZE);
    }

    /** The filter as a query selection; empty when no member can match it (OG without a launch date). */
    private Optional<DirectorySelection> selection(Community community, DirectoryFilter filter) {
        if (filter.tenure().isEmpty()) {
            return Optional.of(new DirectorySelection(filter.tiers(), filter.badge(), Optional.empty()));
        }
        return TenureRange.of(filter.tenure().get(), community.config().launchedAt(), clock.instant())
                .map(range -> new DirectorySelection(filter.tiers(), filter.badge(), Optional.of(range)));
    }

    private static SessionKey key(CommunityId community, UserId member) {
        return new SessionKey(community, member, SESSION_KIND);
    }

    private static Optional<Set<Tier>> tiers(List<String> values) {
        Set<Tier> tiers = EnumSet.noneOf(Tier.class);
        for (String value : values) {
            Optional<Tier> tier = EnumSet.allOf(Tier.class).stream()
                    .filter(t -> t.name().equalsIgnoreCase(value))
                    .findFirst();
            if (tier.isEmpty()) {
                return Optional.empty();
            }
            tiers.add(tier.get());
        }
        return Optional.of(tiers);
    }

    private static Optional<Optional<BadgeId>> badge(Community community, List<String> values) {
        if (values.isEmpty() || values.equals(List.of(ANY))) {
            return Optional.of(Optional.empty());
        }
        if (values.size() > 1) {
            return Optional.empty();
        }
        return community.config().badgeCatalog().badges().stream()
                .filter(b -> b.id().value().equals(values.getFirst()))
                .findFirst()
                .map(b -> Optional.of(b.id()));
    }

    private static Optional<Optional<Tenure>> tenure(List<String> values) {
        if (values.isEmpty() || values.equals(List.of(ANY))) {
            return Optional.of(Optional.empty());
        }
        if (values.size() > 1) {
            return Optional.empty();
        }
        return EnumSet.allOf(Tenure.class).stream()
                .filter(t -> t.name().equalsIgnoreCase(values.getFirst()))
                .findFirst()
                .map(Optional::of);
    }

    private static Optional<DirectorySort> parseSort(String value) {
        return EnumSet.allOf(DirectorySort.class).stream()
                .filter(s -> value != null && s.name().equalsIgnoreCase(value.strip()))
                .findFirst();
    }

    /** What a page shows besides its rows. */
    private record Shown(DirectoryFilter filter, DirectorySort sort, int number, int total) {
    }
}

package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.directory.DirectoryEntry;
import dev.tiergate.application.port.in.directory.DirectoryPage;
import dev.tiergate.application.port.in.interaction.ComponentId;
import dev.tiergate.application.port.out.interaction.ComponentRow;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyComponent;
import dev.tiergate.application.port.out.interaction.ReplyField;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.directory.DirectoryCount;
import dev.tiergate.domain.directory.DirectoryFilter;
import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders a directory page with its controls: Prev/Next ({@code tg:directory:prev|next:<owner>}), the
 * tier menu ({@code tg:directory:filter:<owner>:tier}, any number of tier names in lower case), the badge
 * menu ({@code tg:directory:filter:<owner>:badge}: any, or one badge id of the community's catalog), the
 * tenure menu ({@code tg:directory:filter:<owner>:tenure}: any, og, veteran, elder, member) and the sort
 * menu ({@code tg:directory:sort:<owner>}: nym, tenure, badges). Every value comes back as sent and is
 * validated by the use case.
 */
final class DirectoryReply {

    static final String FEATURE = "directory";
    /** The menu value that clears a single-choice filter. */
    private static final String ANY = "any";
    private static final String TITLE = "Member directory";

    private DirectoryReply() {
    }

    static Reply of(DirectoryPage page) {
        return switch (page) {
            case DirectoryPage.Page shown -> page(shown);
            case DirectoryPage.Expired expired -> Reply.notice("Directory closed",
                    "This directory session has expired. Run /directory again.");
            case DirectoryPage.Invalid invalid -> Reply.notice("Invalid " + invalid.field(),
                    "The " + invalid.field() + " " + invalid.problem() + ".");
            case DirectoryPage.SlowDown slow -> Reply.notice("Slow down",
                    "You are paging too fast. Try again in " + Math.max(1, slow.retryAfter().toSeconds() + 1) + " s.");
        };
    }

    private static Reply page(DirectoryPage.Page page) {
        String description = page.entries().isEmpty()
                ? "No member matches these filters."
                : page.entries().stream().map(DirectoryReply::line).collect(Collectors.joining("\n"));
        List<ReplyField> fields = List.of(
                new ReplyField("Filter", filterText(page.filter(), page.catalog()), true),
                new ReplyField("Sort", sortLabel(page.sort()), true),
                new ReplyField("Page", page.number() + " · " + DirectoryCount.text(page.totalMatching()), true));
        UserId owner = page.owner();
        ComponentRow paging = ComponentRow.of(
                new ReplyComponent.Button(ComponentId.of(FEATURE, "prev", owner).encode(), "Prev", false,
                        !page.hasPrevious()),
                new ReplyComponent.Button(ComponentId.of(FEATURE, "next", owner).encode(), "Next", false,
                        !page.hasNext()));
        return new Reply(TITLE, description, fields,
                List.of(paging, tierMenu(owner, page.filter()), badgeMenu(owner, page.filter(), page.catalog()),
                        tenureMenu(owner, page.filter()), sortMenu(owner, page.sort())),
                false);
    }

    private static String line(DirectoryEntry entry) {
        return SafeText.nym(entry.nym()) + " · " + entry.tier().displayName() + " · " + tenureLabel(entry.tenure())
                + " · " + entry.badgeCount() + (entry.badgeCount() == 1 ? " badge" : " badges");
    }

    private static ComponentRow tierMenu(UserId owner, DirectoryFilter filter) {
        List<ReplyComponent.SelectOption> options = Arrays.stream(Tier.values())
                .map(tier -> new ReplyComponent.SelectOption(tier.displayName(), value(tier.name()), null,
                        filter.tiers().contains(tier)))
                .toList();
        return ComponentRow.of(new ReplyComponent.Select(ComponentId.of(FEATURE, "filter", owner, "tier").encode(),
                "Any tier", options, 0, options.size()));
    }

    /** "Any badge" and the catalog's badges by name, as many as the menu holds (the chosen one always among them). */
    private static ComponentRow badgeMenu(UserId owner, DirectoryFilter filter, BadgeCatalog catalog) {
        Optional<BadgeId> chosen = filter.badge();
        List<ReplyComponent.SelectOption> options = new ArrayList<>();
        options.add(new ReplyComponent.SelectOption("Any badge", ANY, null, chosen.isEmpty()));
        for (Badge badge : offeredBadges(catalog, chosen)) {
            options.add(new ReplyComponent.SelectOption(badge.name(), badge.id().value(), null,
                    chosen.equals(Optional.of(badge.id()))));
        }
        return ComponentRow.of(new ReplyComponent.Select(ComponentId.of(FEATURE, "filter", owner, "badge").encode(),
                "Any badge", options, 1, 1));
    }

    /**
     * The catalog's first badges that fit beside "Any badge", the chosen one taking the last place if it
     * comes later; never a badge whose id is "any", which the menu could not tell from "Any badge".
     */
    private static List<Badge> offeredBadges(BadgeCatalog catalog, Optional<BadgeId> chosen) {
        int room = ReplyComponent.Select.MAX_OPTIONS - 1;
        List<Badge> badges = catalog.badges().stream().filter(badge -> !badge.id().value().equals(ANY)).toList();
        if (badges.size() <= room) {
            return badges;
        }
        List<Badge> offered = new ArrayList<>(badges.subList(0, room));
        badges.stream().filter(badge -> chosen.equals(Optional.of(badge.id())) && !offered.contains(badge)).findFirst()
                .ifPresent(badge -> offered.set(room - 1, badge));
        return offered;
    }

    private static ComponentRow tenureMenu(UserId owner, DirectoryFilter filter) {
        Optional<Tenure> chosen = filter.tenure();
        List<ReplyComponent.SelectOption> options = new ArrayList<>();
        options.add(new ReplyComponent.SelectOption("Any tenure", ANY, null, chosen.isEmpty()));
        for (Tenure tenure : Tenure.values()) {
            options.add(new ReplyComponent.SelectOption(tenureLabel(tenure), value(tenure.name()), null,
                    chosen.equals(Optional.of(tenure))));
        }
        return ComponentRow.of(new ReplyComponent.Select(ComponentId.of(FEATURE, "filter", owner, "tenure").encode(),
                "Any tenure", options, 1, 1));
    }

    private static ComponentRow sortMenu(UserId owner, DirectorySort sort) {
        List<ReplyComponent.SelectOption> options = Arrays.stream(DirectorySort.values())
                .map(s -> new ReplyComponent.SelectOption(sortLabel(s), value(s.name()), null, s == sort))
                .toList();
        return ComponentRow.of(new ReplyComponent.Select(ComponentId.of(FEATURE, "sort", owner).encode(), "Sort by",
                options, 1, 1));
    }

    private static String filterText(DirectoryFilter filter, BadgeCatalog catalog) {
        String tiers = filter.tiers().isEmpty() ? "Any tier"
                : filter.tiers().stream().sorted().map(Tier::displayName).collect(Collectors.joining(", "));
        return tiers + filter.badge()
                .map(id -> " · badge " + catalog.find(id).map(badge -> SafeText.literal(badge.name())).orElse(id.value()))
                .orElse("")
                + filter.tenure().map(tenure -> " · " + tenureLabel(tenure)).orElse("");
    }

    private static String sortLabel(DirectorySort sort) {
        return switch (sort) {
            case NYM -> "Nym (A → Z)";
            case TENURE -> "Tenure (oldest first)";
            case BADGES -> "Badges (most first)";
        };
    }

    static String tenureLabel(Tenure tenure) {
        return switch (tenure) {
            case OG -> "OG";
            case ELDER -> "Elder";
            case VETERAN -> "Veteran";
            case MEMBER -> "Member";
        };
    }

    private static String value(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

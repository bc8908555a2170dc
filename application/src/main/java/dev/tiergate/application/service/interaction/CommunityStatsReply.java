package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.communitystats.CommunityStatsView;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyField;
import dev.tiergate.domain.tier.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Renders /admin-stats for the asking admin only. */
final class CommunityStatsReply {

    private static final int MOST_ACTIVE_BUDGET = 1000;

    private CommunityStatsReply() {
    }

    static Reply of(CommunityStatsView view) {
        String tiers = Arrays.stream(Tier.values())
                .map(tier -> tier.displayName() + ": " + view.tierDistribution().getOrDefault(tier, 0))
                .collect(Collectors.joining("\n"));
        List<String> active = new ArrayList<>();
        for (CommunityStatsView.ActiveEntry entry : view.mostActive()) {
            active.add((active.size() + 1) + ". " + SafeText.nym(entry.nym()) + " · " + entry.points() + " points");
        }
        return new Reply("Community stats", "Members who left are not counted. \"This week\" is the last 7 days.",
                List.of(
                        new ReplyField("Members", String.valueOf(view.members()), true),
                        new ReplyField("Ranked", String.valueOf(view.ranked()), true),
                        new ReplyField("Active this week", String.valueOf(view.activeThisWeek()), true),
                        new ReplyField("New this week", String.valueOf(view.newThisWeek()), true),
                        new ReplyField("Promotions this week", String.valueOf(view.promotionsThisWeek()), true),
                        new ReplyField("Badges awarded this week", String.valueOf(view.badgesAwardedThisWeek()), true),
                        new ReplyField("Tiers", tiers, false),
                        new ReplyField("Most active", active.isEmpty() ? "No activity yet."
                                : ListText.fit(active, MOST_ACTIVE_BUDGET), false)),
                true);
    }
}

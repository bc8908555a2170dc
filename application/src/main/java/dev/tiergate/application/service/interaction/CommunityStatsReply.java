package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.communitystats.CommunityStatsView;
import dev.tiergate.domain.role.RoleSyncFailure;
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
    private static final int REFUSALS_BUDGET = 1000;
    /** How many refusals the card lists; the admin API lists them all. */
    static final int REFUSALS_SHOWN = 5;

    private CommunityStatsReply() {
    }

    /** The community's figures and, when Discord refused role changes, the latest of them and what to do. */
    static Reply of(CommunityStatsView view, List<RoleSyncFailure> refusals) {
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
                                : ListText.fit(active, MOST_ACTIVE_BUDGET), false),
                        new ReplyField("Role changes Discord refused", refused(refusals), false)),
                true);
    }

    /** Mentions render as names in an embed and never ping; the detail is Discord's, shown literally. */
    private static String refused(List<RoleSyncFailure> refusals) {
        if (refusals.isEmpty()) {
            return "None.";
        }
        List<String> lines = new ArrayList<>();
        for (RoleSyncFailure refusal : refusals) {
            lines.add("<@&" + refusal.roleId() + "> for <@" + refusal.member().value() + ">: " + switch (refusal.reason()) {
                case FORBIDDEN -> "the role is above Tiergate's role, or Tiergate lacks Manage Roles";
                case NOT_FOUND -> "the member or the role is gone";
                case REJECTED -> SafeText.literal(refusal.detail());
            });
        }
        lines.add("Fix the role order, then re-sync: refused changes are not retried until then.");
        return ListText.fit(lines, REFUSALS_BUDGET);
    }
}

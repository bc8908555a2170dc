package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.leaderboard.LeaderboardEntry;
import dev.tiergate.application.port.in.leaderboard.LeaderboardView;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyField;
import dev.tiergate.domain.leaderboard.LeaderboardKind;
import java.util.ArrayList;
import java.util.List;

/** Renders a public leaderboard: places, nyms, tiers and rounded scores only, and the viewer's own place below. */
final class LeaderboardReply {

    private static final int DESCRIPTION_BUDGET = 3500;

    private LeaderboardReply() {
    }

    static Reply of(LeaderboardView view) {
        List<String> lines = view.top().stream().map(entry -> line(view.kind(), entry)).toList();
        String description = lines.isEmpty() ? empty(view.kind()) : ListText.fit(lines, DESCRIPTION_BUDGET);
        List<ReplyField> fields = new ArrayList<>();
        view.own().ifPresent(own -> fields.add(new ReplyField("Your place", line(view.kind(), own), false)));
        fields.add(new ReplyField("Listed", view.totalListed() + (view.totalListed() == 1 ? " member" : " members"), true));
        return new Reply(title(view.kind()), description, fields, false);
    }

    private static String title(LeaderboardKind kind) {
        return switch (kind) {
            case SCORE -> "Leaderboard: score";
            case BADGES -> "Leaderboard: badges";
            case TIERS -> "Leaderboard: closest to the next tier";
        };
    }

    private static String empty(LeaderboardKind kind) {
        return switch (kind) {
            case SCORE -> "Nobody is ranked yet.";
            case BADGES -> "Nobody holds a badge yet.";
            case TIERS -> "Nobody is on the way to a score tier yet.";
        };
    }

    private static String line(LeaderboardKind kind, LeaderboardEntry entry) {
        String figure = switch (kind) {
            case SCORE -> ScoreText.whole(entry.roundedScore());
            case BADGES -> entry.badgeCount() + (entry.badgeCount() == 1 ? " badge" : " badges");
            case TIERS -> entry.nextTier()
                    .map(next -> ScoreText.whole(next.pointsNeeded()) + " to " + next.tier().displayName())
                    .orElse("—");
        };
        return "`#" + entry.place() + "` " + SafeText.nym(entry.nym()) + " · " + entry.tier().displayName() + " · "
                + figure + (entry.viewer() ? " ← you" : "");
    }
}

package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.stats.StatsView;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyField;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** Renders /stats for the asking member only (it shows the exact score). */
final class StatsReply {

    private StatsReply() {
    }

    static Reply of(StatsView view) {
        return switch (view) {
            case StatsView.Found found -> new Reply("Your stats", SafeText.nym(found.nym()), List.of(
                    new ReplyField("Rank", found.rank().isPresent() ? "#" + found.rank().getAsInt() : "Not ranked", true),
                    new ReplyField("Tier", found.tier().displayName(), true),
                    new ReplyField("Score", ScoreText.exact(found.score()), true),
                    new ReplyField("Badges", Integer.toString(found.badgeCount()), true),
                    new ReplyField("Activity", String.format(Locale.ROOT, "%.1f", found.activity()), true),
                    new ReplyField("Tenure", ProfileReply.tenure(found.tenure()), true),
                    new ReplyField("Joined", found.joinedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(), true),
                    new ReplyField("Naib time", duration(found.naibSeatedTime()), true),
                    new ReplyField("Tier changes", Integer.toString(found.tierChanges()), true)), true);
            case StatsView.NotFound notFound -> Reply.notice("No stats yet",
                    "You have no profile here yet: it is created when you join or receive a score.");
        };
    }

    /** Days and hours, e.g. "3 d 4 h"; "None" for no time at all. */
    static String duration(Duration time) {
        if (time.isZero() || time.isNegative()) {
            return "None";
        }
        long days = time.toDays();
        long hours = time.minusDays(days).toHours();
        if (days == 0 && hours == 0) {
            return "Under an hour";
        }
        return days == 0 ? hours + " h" : days + " d " + hours + " h";
    }
}

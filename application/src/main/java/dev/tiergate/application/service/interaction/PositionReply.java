package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.position.PositionView;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyField;
import dev.tiergate.domain.rank.Position;
import dev.tiergate.domain.rank.PositionStatus;
import java.util.ArrayList;
import java.util.List;

/** Renders /position for the asking member only (it shows the exact score). */
final class PositionReply {

    private PositionReply() {
    }

    static Reply of(PositionView view) {
        return switch (view) {
            case PositionView.Unranked unranked -> new Reply("Your position",
                    "You are not ranked yet: a score above zero ranks you.",
                    List.of(new ReplyField("Entry score", ScoreText.rounded(unranked.entryScore()), true)), true);
            case PositionView.Ranked ranked -> ranked(ranked);
        };
    }

    private static Reply ranked(PositionView.Ranked ranked) {
        Position p = ranked.position();
        List<ReplyField> fields = new ArrayList<>();
        fields.add(new ReplyField("Score", ScoreText.exact(p.score()), true));
        fields.add(new ReplyField("Status", statusText(p.status()), true));
        p.gapToAbove().ifPresent(gap -> fields.add(new ReplyField("Behind #" + (p.rank() - 1), ScoreText.exact(gap), true)));
        p.gapToBelow().ifPresent(gap -> fields.add(new ReplyField("Ahead of #" + (p.rank() + 1), ScoreText.exact(gap), true)));
        p.gapToEntry().ifPresent(gap -> fields.add(new ReplyField("Needed to enter", ScoreText.exact(gap), true)));
        return new Reply("Your position", "**" + ranked.nym().value() + "** is ranked **#" + p.rank() + "**.", fields, true);
    }

    static String statusText(PositionStatus status) {
        return switch (status) {
            case NAIB -> "Naib";
            case FEDAYKIN -> "Fedaykin";
            case AT_RISK -> "At risk";
            case WAITLIST -> "Waitlist";
            case OUTSIDE -> "Outside";
        };
    }
}

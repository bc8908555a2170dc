package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyField;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.rank.Threshold;
import java.util.List;
import java.util.stream.Collectors;

/** Renders the public /threshold: scores rounded, members named by nym only. */
final class ThresholdReply {

    private ThresholdReply() {
    }

    static Reply of(Threshold t) {
        int cutoff = t.cutoffRank();
        String waitlist = t.waitlistTop().isEmpty()
                ? "Nobody is waiting."
                : t.waitlistTop().stream().map(ThresholdReply::line).collect(Collectors.joining("\n"));
        return new Reply("Entry threshold", "The score of rank #" + cutoff + " opens the gate.", List.of(
                new ReplyField("Entry score", ScoreText.rounded(t.entryScore()), true),
                new ReplyField("Eligible", t.eligibleCount() + " / " + cutoff, true),
                new ReplyField("Waitlist", String.valueOf(t.waitlistCount()), true),
                new ReplyField("Gap #" + cutoff + " → #" + (cutoff + 1),
                        t.gapAtCutoff().map(ScoreText::rounded).orElse("—"), true),
                new ReplyField("Next in line", waitlist, false)), false);
    }

    private static String line(RankedMember m) {
        return "#" + m.rank() + " " + m.nym().value() + " — " + ScoreText.rounded(m.score());
    }
}

package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.interaction.MemberCommand.NaibPart;
import dev.tiergate.application.port.in.naib.NaibCouncilView;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyField;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Renders /naib publicly: the seated Naib (founding ones marked), the empty seats, and the honour roll of former Naib. */
final class NaibReply {

    private static final int SEATED_BUDGET = 2000;
    private static final int FORMER_BUDGET = 1000;
    private static final String FOUNDING = " · 🏺 founding";

    private NaibReply() {
    }

    static Reply of(NaibCouncilView view) {
        List<ReplyField> fields = new ArrayList<>();
        String description = "";
        if (view.part() != NaibPart.FORMER) {
            List<String> seated = view.seated().stream()
                    .map(seat -> SafeText.nym(seat.nym()) + " · seated " + date(seat)
                            + (seat.founding() ? FOUNDING : ""))
                    .toList();
            description = seated.isEmpty() ? "No Naib is seated yet." : ListText.fit(seated, SEATED_BUDGET);
            fields.add(new ReplyField("Seats", (view.seats() - view.emptySeats()) + " of " + view.seats() + " taken", true));
            fields.add(new ReplyField("Empty seats", String.valueOf(view.emptySeats()), true));
        }
        if (view.part() != NaibPart.CURRENT) {
            List<String> former = new ArrayList<>();
            for (NaibCouncilView.Former naib : view.former()) {
                former.add((former.size() + 1) + ". " + SafeText.nym(naib.nym()) + " · " + duration(naib.totalSeated())
                        + (naib.terms() == 1 ? " in 1 term" : " in " + naib.terms() + " terms"));
            }
            String roll = former.isEmpty() ? "No Naib has left the council yet." : ListText.fit(former, FORMER_BUDGET);
            if (view.part() == NaibPart.FORMER) {
                description = roll;
            } else {
                fields.add(new ReplyField("Former Naib", roll, false));
            }
        }
        return new Reply(title(view.part()), description, fields, false);
    }

    private static String title(NaibPart part) {
        return switch (part) {
            case OVERVIEW, CURRENT -> "Naib council";
            case FORMER -> "Former Naib: the honour roll";
        };
    }

    private static String date(NaibCouncilView.Seat seat) {
        return seat.seatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** Days and hours, or hours and minutes under a day. */
    static String duration(Duration seated) {
        if (seated.toDays() > 0) {
            return seated.toDays() + " d " + seated.toHoursPart() + " h";
        }
        return seated.toHours() + " h " + seated.toMinutesPart() + " min";
    }
}

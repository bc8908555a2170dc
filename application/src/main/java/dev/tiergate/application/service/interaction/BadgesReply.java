package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.badge.BadgesView;
import dev.tiergate.application.port.out.interaction.Reply;
import java.util.List;

/** Renders /badges: one line per held badge, newest first, cut with "…and N more" to fit a description. */
final class BadgesReply {

    /** Room for the list within Discord's 4,096-character description. */
    static final int MAX_LIST_CHARS = 4_000;

    private BadgesReply() {
    }

    static Reply of(BadgesView view) {
        return switch (view) {
            case BadgesView.Found found -> new Reply(found.own() ? "Your badges" : "Badges of " + found.nym().value(),
                    list(found), List.of(), found.own());
            case BadgesView.NotFound notFound -> Reply.notice("Member not found", notFound.nym()
                    .map(nym -> "No member goes by that nym.")
                    .orElse("You have no profile here yet: it is created when you join or receive a score."));
        };
    }

    private static String list(BadgesView.Found found) {
        if (found.badges().isEmpty()) {
            return found.own() ? "You hold no badges yet." : SafeText.nym(found.nym()) + " holds no badges yet.";
        }
        return ListText.fit(found.badges().stream().map(BadgeText::held).toList(), MAX_LIST_CHARS);
    }
}

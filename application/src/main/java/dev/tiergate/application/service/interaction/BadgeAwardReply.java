package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.badge.BadgeAwardResult;
import dev.tiergate.application.port.in.badge.BadgeRevocationResult;
import dev.tiergate.application.port.out.interaction.Reply;

/**
 * Renders /admin-badge award and revoke for the admin only. What the admin typed is never echoed
 * (it is untrusted); only stored nyms and catalog entries are shown, escaped.
 */
final class BadgeAwardReply {

    private static final Reply MEMBER_NOT_FOUND = Reply.notice("Member not found", "No member goes by that nym.");
    private static final Reply UNKNOWN_BADGE = Reply.notice("Unknown badge",
            "This community has no badge by that name. Pick one from the suggestions.");

    private BadgeAwardReply() {
    }

    static Reply of(BadgeAwardResult result) {
        return switch (result) {
            case BadgeAwardResult.Awarded awarded -> Reply.notice("Badge awarded",
                    BadgeText.badge(awarded.badge()) + " awarded to " + SafeText.nym(awarded.nym()) + ".");
            case BadgeAwardResult.AlreadyHeld held -> Reply.notice("Already held",
                    SafeText.nym(held.nym()) + " already holds " + BadgeText.badge(held.badge())
                            + ": nothing changed.");
            case BadgeAwardResult.MemberNotFound notFound -> MEMBER_NOT_FOUND;
            case BadgeAwardResult.UnknownBadge unknown -> UNKNOWN_BADGE;
            case BadgeAwardResult.NotAwardableByHand automatic -> Reply.notice("Awarded automatically",
                    BadgeText.badge(automatic.badge()) + " is awarded automatically; only contribution badges"
                            + " are awarded by hand.");
            case BadgeAwardResult.Invalid invalid -> invalid("Cannot award", invalid.field(), invalid.problem());
        };
    }

    static Reply of(BadgeRevocationResult result) {
        return switch (result) {
            case BadgeRevocationResult.Revoked revoked -> Reply.notice("Badge revoked",
                    BadgeText.badge(revoked.badge()) + " revoked from " + SafeText.nym(revoked.nym())
                            + ". The award stays in the history.");
            case BadgeRevocationResult.NotHeld notHeld -> Reply.notice("Not held",
                    SafeText.nym(notHeld.nym()) + " does not hold " + BadgeText.badge(notHeld.badge())
                            + ": nothing changed.");
            case BadgeRevocationResult.MemberNotFound notFound -> MEMBER_NOT_FOUND;
            case BadgeRevocationResult.UnknownBadge unknown -> UNKNOWN_BADGE;
            case BadgeRevocationResult.Invalid invalid -> invalid("Cannot revoke", invalid.field(), invalid.problem());
        };
    }

    private static Reply invalid(String title, String field, String problem) {
        return Reply.notice(title, "The " + SafeText.literal(field) + " " + SafeText.literal(problem) + ".");
    }
}

package dev.tiergate.application.port.in.badge;

import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.profile.Nym;

/** What awarding a badge by hand did; awarding a badge the member holds changes nothing and says so. */
public sealed interface BadgeAwardResult {

    record Awarded(Nym nym, Badge badge) implements BadgeAwardResult {
    }

    record AlreadyHeld(Nym nym, Badge badge) implements BadgeAwardResult {
    }

    /** No present member goes by what the command named ({@link BadgeHolder#named}). */
    record MemberNotFound(String named) implements BadgeAwardResult {
    }

    record UnknownBadge(String badge) implements BadgeAwardResult {
    }

    /** Only contribution badges are awarded by hand. */
    record NotAwardableByHand(Badge badge) implements BadgeAwardResult {
    }

    record Invalid(String field, String problem) implements BadgeAwardResult {
    }
}

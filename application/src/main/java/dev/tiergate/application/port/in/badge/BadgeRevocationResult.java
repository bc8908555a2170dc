package dev.tiergate.application.port.in.badge;

import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.profile.Nym;

/** What revoking a badge did; revoking a badge the member does not hold changes nothing and says so. */
public sealed interface BadgeRevocationResult {

    record Revoked(Nym nym, Badge badge) implements BadgeRevocationResult {
    }

    record NotHeld(Nym nym, Badge badge) implements BadgeRevocationResult {
    }

    /** No present member goes by what the command named ({@link BadgeHolder#named}). */
    record MemberNotFound(String named) implements BadgeRevocationResult {
    }

    record UnknownBadge(String badge) implements BadgeRevocationResult {
    }

    record Invalid(String field, String problem) implements BadgeRevocationResult {
    }
}

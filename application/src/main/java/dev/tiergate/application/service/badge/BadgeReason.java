package dev.tiergate.application.service.badge;

import dev.tiergate.domain.badge.BadgeAward;
import java.util.Optional;

/** The reason an admin gave, stripped; empty when none was given, invalid when longer than 500 characters. */
final class BadgeReason {

    static final String FIELD = "reason";
    static final String TOO_LONG = "must be at most " + BadgeAward.MAX_REASON_LENGTH + " characters";

    private BadgeReason() {
    }

    /** The reason to record, or empty when it is too long. */
    static Optional<String> of(Optional<String> typed) {
        String reason = typed.map(String::strip).orElse("");
        return reason.length() > BadgeAward.MAX_REASON_LENGTH ? Optional.empty() : Optional.of(reason);
    }
}

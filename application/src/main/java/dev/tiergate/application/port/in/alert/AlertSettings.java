package dev.tiergate.application.port.in.alert;

import dev.tiergate.domain.alert.AlertPreferences;

/** What /alerts and its controls answer: the member's preferences after the request, or why not. */
public sealed interface AlertSettings {

    /** The stored preferences (the defaults when the member never chose); Naib alerts reach only seated Naib. */
    record Current(AlertPreferences preferences, boolean seatedAsNaib) implements AlertSettings {
    }

    /** A value that is not one of the choices offered; nothing was changed. */
    record Invalid(String field, String problem) implements AlertSettings {
    }

    /** The member has no profile in this community (or left it). */
    record NoProfile() implements AlertSettings {
    }
}

package dev.tiergate.domain.alert;

import java.util.Objects;

/**
 * A member's alert choices: which kinds it wants and how often alerts may reach it at most. A
 * member without stored choices has {@link #DEFAULTS}: everything on, once a week. Anyone may
 * choose Naib alerts, but they only ever reach a member while it holds a Naib seat.
 */
public record AlertPreferences(boolean positionUpdates, boolean atRiskWarnings, boolean naibAlerts,
        AlertFrequency frequency) {

    public static final AlertPreferences DEFAULTS = new AlertPreferences(true, true, true, AlertFrequency.WEEKLY_1);

    public AlertPreferences {
        Objects.requireNonNull(frequency, "frequency");
    }

    public boolean isOn(AlertKind kind) {
        return switch (kind) {
            case POSITION_UPDATES -> positionUpdates;
            case AT_RISK_WARNINGS -> atRiskWarnings;
            case NAIB_ALERTS -> naibAlerts;
        };
    }

    public AlertPreferences with(AlertKind kind, boolean on) {
        return switch (kind) {
            case POSITION_UPDATES -> new AlertPreferences(on, atRiskWarnings, naibAlerts, frequency);
            case AT_RISK_WARNINGS -> new AlertPreferences(positionUpdates, on, naibAlerts, frequency);
            case NAIB_ALERTS -> new AlertPreferences(positionUpdates, atRiskWarnings, on, frequency);
        };
    }

    /** The same choices with one kind switched the other way. */
    public AlertPreferences toggle(AlertKind kind) {
        return with(kind, !isOn(kind));
    }

    public AlertPreferences withFrequency(AlertFrequency newFrequency) {
        return new AlertPreferences(positionUpdates, atRiskWarnings, naibAlerts, newFrequency);
    }

    /** Whether an alert of this kind may reach the member: it chose the kind, and Naib alerts need a seat. */
    public boolean delivers(AlertKind kind, boolean seatedAsNaib) {
        return isOn(kind) && (kind != AlertKind.NAIB_ALERTS || seatedAsNaib);
    }
}

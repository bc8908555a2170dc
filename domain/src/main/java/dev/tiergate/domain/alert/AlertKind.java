package dev.tiergate.domain.alert;

/** What a member can be alerted about; Naib alerts only ever reach seated Naib. */
public enum AlertKind {
    POSITION_UPDATES, AT_RISK_WARNINGS, NAIB_ALERTS
}

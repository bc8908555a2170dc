package dev.tiergate.domain.rank;

/** Where a member stands against the eligibility cut-off. */
public enum PositionStatus {
    NAIB, FEDAYKIN, AT_RISK, WAITLIST, OUTSIDE
}

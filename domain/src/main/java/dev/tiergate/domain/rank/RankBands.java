package dev.tiergate.domain.rank;

import dev.tiergate.domain.shared.InvalidFieldException;

/**
 * The rank bands of a community: Fedaykin up to the cut-off, the last {@code atRiskWindow} of
 * them at risk, then a waitlist of {@code waitlistSize} ranks below the cut-off.
 */
public record RankBands(int fedaykinCutoff, int atRiskWindow, int waitlistSize) {

    public static final RankBands DEFAULT = new RankBands(69, 7, 31);

    public RankBands {
        if (fedaykinCutoff < 1 || fedaykinCutoff > 10_000) {
            throw new InvalidFieldException("fedaykin_cutoff", "must be between 1 and 10000");
        }
        if (atRiskWindow < 0 || atRiskWindow > fedaykinCutoff) {
            throw new InvalidFieldException("at_risk_window", "must be between 0 and the Fedaykin cut-off");
        }
        if (waitlistSize < 0 || waitlistSize > 10_000) {
            throw new InvalidFieldException("waitlist_size", "must be between 0 and 10000");
        }
    }

    public boolean isEligible(int rank) {
        return rank <= fedaykinCutoff;
    }

    public boolean isAtRisk(int rank) {
        return rank <= fedaykinCutoff && rank > fedaykinCutoff - atRiskWindow;
    }

    public int lastWaitlistRank() {
        return fedaykinCutoff + waitlistSize;
    }

    public boolean isOnWaitlist(int rank) {
        return rank > fedaykinCutoff && rank <= lastWaitlistRank();
    }

    public PositionStatus statusOf(int rank, boolean seated) {
        if (seated) {
            return PositionStatus.NAIB;
        }
        if (isAtRisk(rank)) {
            return PositionStatus.AT_RISK;
        }
        if (isEligible(rank)) {
            return PositionStatus.FEDAYKIN;
        }
        return isOnWaitlist(rank) ? PositionStatus.WAITLIST : PositionStatus.OUTSIDE;
    }
}

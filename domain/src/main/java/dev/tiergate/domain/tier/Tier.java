package dev.tiergate.domain.tier;

/** The tiers, highest first. NAIB and FEDAYKIN follow rank; the others follow score. */
public enum Tier {
    NAIB, FEDAYKIN, USUL, SAYYADINA, MUSHTAMAL, SIHAYA, QANAT, ICHWAN, HAJRA, NONE;

    public boolean isAbove(Tier other) {
        return ordinal() < other.ordinal();
    }

    public boolean isRankBased() {
        return this == NAIB || this == FEDAYKIN;
    }

    /** Title case for display, e.g. "Sayyadina"; NONE reads "No tier". */
    public String displayName() {
        if (this == NONE) {
            return "No tier";
        }
        String lower = name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}

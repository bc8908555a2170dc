package dev.tiergate.domain.role;

/**
 * The largest share of a community's members (those whose roles are known) whose tier roles one sync
 * may remove without an admin's confirmation, in whole percent; above it Tiergate refuses, as peers
 * have wiped roles from entire servers in one re-sync.
 */
public record RoleRemovalLimit(int percent) {

    public static final RoleRemovalLimit DEFAULT = new RoleRemovalLimit(10);
    /** Fewer members losing roles than this never need a confirmation: ordinary demotions in a small community. */
    public static final int CONFIRMATION_FLOOR = 5;

    public RoleRemovalLimit {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be between 0 and 100");
        }
    }

    /** Whether removing roles from {@code membersLosingRoles} of {@code members} goes beyond the limit. */
    public boolean exceededBy(int membersLosingRoles, int members) {
        return (long) membersLosingRoles * 100 > (long) percent * members;
    }

    /** Whether such a removal must wait for an admin: beyond the limit, and more than a handful of members. */
    public boolean requiresConfirmation(int membersLosingRoles, int members) {
        return membersLosingRoles >= CONFIRMATION_FLOOR && exceededBy(membersLosingRoles, members);
    }
}

package dev.tiergate.application.port.in.role;

/** The outcome of an admin's full role re-sync. */
public sealed interface RoleResync {

    /**
     * A dry run: {@code adds} and {@code removes} role changes over {@code membersLosingRoles} of the
     * {@code totalMembers} members with recorded roles; nothing was changed.
     */
    record Planned(int adds, int removes, int membersLosingRoles, int totalMembers) implements RoleResync {
    }

    /** Not applied: roles would go from {@code membersLosingRoles} of {@code totalMembers}, above {@code limitPercent}. */
    record Refused(int membersLosingRoles, int totalMembers, int limitPercent) implements RoleResync {
    }

    /**
     * Applied as far as one bounded run goes: earlier refusals were forgotten and tried again;
     * {@code complete} is false when changes remain, which the background sync continues.
     */
    record Applied(int applied, int failed, boolean complete) implements RoleResync {
    }

    /** The community is unknown, inactive, or none of its tiers grants a role: nothing to sync. */
    record NothingToSync() implements RoleResync {
    }
}

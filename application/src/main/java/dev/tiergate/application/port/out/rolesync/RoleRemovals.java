package dev.tiergate.application.port.out.rolesync;

/** How many present members with recorded roles would lose a tier role, out of how many such members. */
public record RoleRemovals(int membersLosingRoles, int membersWithRecordedRoles) {
}

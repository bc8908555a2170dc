package dev.tiergate.application.port.in.role;

/**
 * An admin's full re-sync of one community's tier roles: a dry run by default; applying refuses when
 * roles would be removed from more than the removal limit's share of members unless confirmed.
 */
public interface ResyncRolesUseCase {

    RoleResync resyncRoles(ResyncRolesCommand command);
}

package dev.tiergate.application.port.in.role;

/**
 * Brings members' Discord tier roles in line with their tiers, a bounded number of changes per run, in
 * every community whose tiers grant roles; a run that stops early (rate limit, outage) is continued by
 * the next, and running it with nothing to change calls Discord not at all.
 */
public interface SyncRolesUseCase {

    RoleSyncReport syncRoles();
}

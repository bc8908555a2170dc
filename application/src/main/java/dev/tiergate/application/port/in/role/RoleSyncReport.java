package dev.tiergate.application.port.in.role;

/**
 * What one role-sync run did: changes Discord applied, changes it refused for good, communities left
 * for the next run (rate limited, Discord unavailable, or too many removals awaiting an admin's
 * confirmation), and whether the run halted because Discord refused the bot token.
 */
public record RoleSyncReport(int applied, int failed, int communitiesDeferred, boolean halted) {
}

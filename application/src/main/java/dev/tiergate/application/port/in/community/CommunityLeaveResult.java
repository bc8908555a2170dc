package dev.tiergate.application.port.in.community;

/** What a guild.leave did to its community. */
public sealed interface CommunityLeaveResult {

    /** The community is inactive now. */
    record Deactivated() implements CommunityLeaveResult {
    }

    /** The community was inactive already. */
    record AlreadyInactive() implements CommunityLeaveResult {
    }

    /** The guild is only unavailable (a Discord outage): nothing changed. */
    record Outage() implements CommunityLeaveResult {
    }

    /** A newer guild.join or guild.leave was applied already: nothing changed. */
    record Outdated() implements CommunityLeaveResult {
    }
}

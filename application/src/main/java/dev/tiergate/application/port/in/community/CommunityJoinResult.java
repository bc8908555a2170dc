package dev.tiergate.application.port.in.community;

/** What a guild.join did to its community. */
public sealed interface CommunityJoinResult {

    /** The guild was never seen: its community now exists with default rules. */
    record Created() implements CommunityJoinResult {
    }

    /** The bot had left the guild: the community is active again. */
    record Reactivated() implements CommunityJoinResult {
    }

    /** The community was active already (its name is refreshed). */
    record AlreadyActive() implements CommunityJoinResult {
    }

    /** A newer guild.join or guild.leave was applied already: nothing changed. */
    record Outdated() implements CommunityJoinResult {
    }
}

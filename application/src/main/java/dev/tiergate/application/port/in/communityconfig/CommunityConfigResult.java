package dev.tiergate.application.port.in.communityconfig;

import dev.tiergate.domain.community.Community;

/** What changing a community's rules did: the community as now stored, or why nothing changed. */
public sealed interface CommunityConfigResult {

    record Configured(Community community) implements CommunityConfigResult {
    }

    /** The new rules would be invalid; {@code field} names the setting to fix. */
    record Invalid(String field, String problem) implements CommunityConfigResult {
    }
}

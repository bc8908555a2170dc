package dev.tiergate.application.port.in.stats;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;

/** Asks for a member's own figures. */
public record ShowStatsQuery(CommunityId communityId, UserId member) {
}

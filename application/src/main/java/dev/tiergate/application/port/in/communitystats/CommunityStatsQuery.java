package dev.tiergate.application.port.in.communitystats;

import dev.tiergate.domain.community.CommunityId;

/** Asks for one community's figures. */
public record CommunityStatsQuery(CommunityId communityId) {
}

package dev.tiergate.application.port.in.position;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;

/** Asks where one member stands in one community. */
public record ShowPositionQuery(CommunityId communityId, UserId userId) {
}

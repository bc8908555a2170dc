package dev.tiergate.application.port.in.alert;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;

/** Asks for a member's own alert preferences. */
public record AlertsQuery(CommunityId communityId, UserId member) {
}

package dev.tiergate.application.port.out.community;

import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityId;

/** Loads a community, creating it with default rules when its guild was never seen before. */
public interface EnsureCommunityPort {

    Community ensureCommunity(CommunityId id);
}

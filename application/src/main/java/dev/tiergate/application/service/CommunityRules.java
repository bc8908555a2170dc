package dev.tiergate.application.service;

import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityId;

/** The rules a read applies: the community's own, or the defaults for a guild not yet seen (reads never create). */
public final class CommunityRules {

    private final LoadCommunityPort communities;

    public CommunityRules(LoadCommunityPort communities) {
        this.communities = communities;
    }

    public Community of(CommunityId id) {
        return communities.loadCommunity(id).orElseGet(() -> Community.withDefaults(id));
    }
}

package dev.tiergate.application.port.in.communityconfig;

import dev.tiergate.domain.community.CommunityId;
import java.util.Objects;

/** Asks for one community as stored: its name, presence and rules. */
public record CommunityQuery(CommunityId communityId) {

    public CommunityQuery {
        Objects.requireNonNull(communityId, "communityId");
    }
}

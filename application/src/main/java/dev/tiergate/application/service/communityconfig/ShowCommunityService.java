package dev.tiergate.application.service.communityconfig;

import dev.tiergate.application.port.in.communityconfig.CommunityQuery;
import dev.tiergate.application.port.in.communityconfig.ShowCommunityUseCase;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.domain.community.Community;
import java.util.Optional;

/** Shows a stored community; a guild never seen stays unknown (no defaults are made up for it). */
public final class ShowCommunityService implements ShowCommunityUseCase {

    private final LoadCommunityPort communities;

    public ShowCommunityService(LoadCommunityPort communities) {
        this.communities = communities;
    }

    @Override
    public Optional<Community> showCommunity(CommunityQuery query) {
        return communities.loadCommunity(query.communityId());
    }
}

package dev.tiergate.application.port.in.communityconfig;

import dev.tiergate.domain.community.Community;
import java.util.Optional;

/** Shows a community as stored; empty for a guild Tiergate never saw (a read never creates one). */
public interface ShowCommunityUseCase {

    Optional<Community> showCommunity(CommunityQuery query);
}

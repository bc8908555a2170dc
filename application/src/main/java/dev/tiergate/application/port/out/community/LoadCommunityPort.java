package dev.tiergate.application.port.out.community;

import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityId;
import java.util.Optional;

/** Loads a community and its rules. */
public interface LoadCommunityPort {

    Optional<Community> loadCommunity(CommunityId id);
}

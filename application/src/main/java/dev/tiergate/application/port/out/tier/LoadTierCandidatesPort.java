package dev.tiergate.application.port.out.tier;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.Collection;
import java.util.List;

/**
 * Loads every member whose tier can have moved: the named members, everyone ranked at or above
 * {@code throughRank}, everyone holding a rank-based tier and everyone with a pending demotion.
 */
public interface LoadTierCandidatesPort {

    List<TierCandidate> loadTierCandidates(CommunityId communityId, Collection<UserId> named, int throughRank);
}

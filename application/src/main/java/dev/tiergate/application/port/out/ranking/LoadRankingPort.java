package dev.tiergate.application.port.out.ranking;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.shared.PageLimit;
import java.util.List;
import java.util.Optional;

/**
 * Reads the one ranking of a community (see RankKey). Every call is exact and answers without
 * scanning the community.
 */
public interface LoadRankingPort {

    Optional<RankedMember> findRanked(CommunityId communityId, UserId userId);

    Optional<RankedMember> findAtRank(CommunityId communityId, int rank);

    /** Ranked members from {@code fromRank} on, best first, at most {@code limit}. */
    List<RankedMember> findFromRank(CommunityId communityId, int fromRank, PageLimit limit);

    int countRanked(CommunityId communityId);
}

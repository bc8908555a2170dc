package dev.tiergate.application.port.out.ranking;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.shared.PageLimit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the one ranking of a community (see RankKey). Every call is exact and answers without
 * scanning the community.
 */
public interface LoadRankingPort {

    Optional<RankedMember> findRanked(CommunityId communityId, UserId userId);

    Optional<RankedMember> findAtRank(CommunityId communityId, int rank);

    /**
     * The members at {@code ranks}, best first, leaving out ranks nobody holds. A store that answers
     * this in one look-up overrides the default, which asks rank by rank.
     */
    default List<RankedMember> findAtRanks(CommunityId communityId, Set<Integer> ranks) {
        return ranks.stream().sorted().map(rank -> findAtRank(communityId, rank)).flatMap(Optional::stream).toList();
    }

    /** Ranked members from {@code fromRank} on, best first, at most {@code limit}. */
    List<RankedMember> findFromRank(CommunityId communityId, int fromRank, PageLimit limit);

    int countRanked(CommunityId communityId);
}

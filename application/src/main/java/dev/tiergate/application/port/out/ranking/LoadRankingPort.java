package dev.tiergate.application.port.out.ranking;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.shared.PageLimit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the one ranking of a community (see RankKey). Every call is exact and answers without
 * scanning the community.
 */
public interface LoadRankingPort {

    Optional<RankedMember> findRanked(CommunityId communityId, UserId userId);

    Optional<RankedMember> findAtRank(CommunityId communityId, int rank);

    /**
     * The member's neighbourhood for /position: the member if ranked, the members just above and below
     * it and the member at {@code cutoff}. A store that answers this in one look-up overrides the
     * default, which asks for the member and then rank by rank.
     */
    default Neighbourhood findNeighbourhood(CommunityId communityId, UserId userId, int cutoff) {
        Optional<RankedMember> member = findRanked(communityId, userId);
        Map<Integer, RankedMember> byRank = new HashMap<>();
        Stream.concat(Stream.of(cutoff), member.stream().flatMap(held -> Stream.of(held.rank() - 1, held.rank() + 1)))
                .filter(rank -> rank >= 1)
                .forEach(rank -> findAtRank(communityId, rank).ifPresent(held -> byRank.put(rank, held)));
        return new Neighbourhood(member, byRank);
    }

    /** Ranked members from {@code fromRank} on, best first, at most {@code limit}. */
    List<RankedMember> findFromRank(CommunityId communityId, int fromRank, PageLimit limit);

    int countRanked(CommunityId communityId);
}

package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.ranking.Neighbourhood;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.shared.PageLimit;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the ranking from the materialized rank column: each call is one index look-up or one
 * bounded index range (O(log n) plus the page), never a count, a window or an offset over the
 * community.
 */
@Singleton
final class JdbcRankingAdapter implements LoadRankingPort {

    private final ProfileRowRepository profiles;

    JdbcRankingAdapter(ProfileRowRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    public Optional<RankedMember> findRanked(CommunityId communityId, UserId userId) {
        return profiles.findRanked(communityId.value(), userId.value()).map(ProfileMapper::toRankedMember);
    }

    @Override
    public Optional<RankedMember> findAtRank(CommunityId communityId, int rank) {
        if (rank < 1) {
            return Optional.empty();
        }
        return profiles.findAtRank(communityId.value(), rank).map(ProfileMapper::toRankedMember);
    }

    @Override
    public Neighbourhood findNeighbourhood(CommunityId communityId, UserId userId, int cutoff) {
        Optional<RankedMember> member = Optional.empty();
        Map<Integer, RankedMember> byRank = new HashMap<>();
        for (RankedRow row : profiles.findNeighbourhood(communityId.value(), userId.value(), cutoff)) {
            RankedMember held = row.member();
            byRank.put(held.rank(), held);
            if (row.userId().equals(userId.value())) {
                member = Optional.of(held);
            }
        }
        return new Neighbourhood(member, byRank);
    }

    @Override
    public List<RankedMember> findFromRank(CommunityId communityId, int fromRank, PageLimit limit) {
        return profiles.findFromRank(communityId.value(), Math.max(1, fromRank), limit.value()).stream()
                .map(ProfileMapper::toRankedMember)
                .toList();
    }

    @Override
    public int countRanked(CommunityId communityId) {
        return profiles.findLastRank(communityId.value()).orElse(0);
    }
}

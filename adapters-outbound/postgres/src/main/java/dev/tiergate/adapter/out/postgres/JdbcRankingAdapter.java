package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.shared.PageLimit;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    public List<RankedMember> findAtRanks(CommunityId communityId, Set<Integer> ranks) {
        Integer[] held = ranks.stream().filter(rank -> rank >= 1).toArray(Integer[]::new);
        if (held.length == 0) {
            return List.of();
        }
        return profiles.findAtRanks(communityId.value(), held).stream().map(ProfileMapper::toRankedMember).toList();
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

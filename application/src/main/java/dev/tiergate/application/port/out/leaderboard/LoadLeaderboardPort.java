package dev.tiergate.application.port.out.leaderboard;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.leaderboard.TierTarget;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import java.util.List;
import java.util.Optional;

/**
 * Reads the three leaderboards of a community exactly, over present members only: by rank; by held
 * badges (most first, then the rank order); by distance to the next tier (closest first, then the rank
 * order) for members of the given tier targets. Tops are index scans bounded by the limit, positions
 * are counts of the members ahead.
 */
public interface LoadLeaderboardPort {

    /** The member, unless it left. */
    Optional<LeaderboardMember> findPresent(CommunityId communityId, UserId userId);

    /** Ranks 1.. in order, at most {@code limit}. */
    List<LeaderboardMember> topByRank(CommunityId communityId, PageLimit limit);

    int countRanked(CommunityId communityId);

    /** Members holding a badge, most badges first, then the rank order; at most {@code limit}. */
    List<LeaderboardMember> topByBadges(CommunityId communityId, PageLimit limit);

    int countWithBadges(CommunityId communityId);

    /** How many members holding a badge come before {@code member} in the badge order. */
    int countAheadByBadges(CommunityId communityId, LeaderboardMember member);

    /** Members of the targets' tiers, closest to their next tier first, then the rank order; at most {@code limit}. */
    List<LeaderboardMember> topByTierProgress(CommunityId communityId, List<TierTarget> targets, PageLimit limit);

    int countInTiers(CommunityId communityId, List<TierTarget> targets);

    /** How many members of the targets' tiers come before {@code member}, whose tier is {@code own}'s, in that order. */
    int countAheadByTierProgress(CommunityId communityId, List<TierTarget> targets, TierTarget own,
            LeaderboardMember member);
}

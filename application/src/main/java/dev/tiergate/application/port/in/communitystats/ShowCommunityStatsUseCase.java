package dev.tiergate.application.port.in.communitystats;

/** /admin-stats: a community's members, ranking, tier spread, this week's movement and its most active members; admins only (checked by the caller). */
public interface ShowCommunityStatsUseCase {

    CommunityStatsView showCommunityStats(CommunityStatsQuery query);
}

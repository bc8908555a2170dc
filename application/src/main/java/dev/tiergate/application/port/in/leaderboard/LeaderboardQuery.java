package dev.tiergate.application.port.in.leaderboard;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.leaderboard.LeaderboardKind;
import dev.tiergate.domain.profile.UserId;

/** Asks for one leaderboard of one community, as {@code viewer} sees it. */
public record LeaderboardQuery(CommunityId communityId, UserId viewer, LeaderboardKind kind) {
}

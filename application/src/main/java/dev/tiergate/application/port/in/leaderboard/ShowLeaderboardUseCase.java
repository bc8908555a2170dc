package dev.tiergate.application.port.in.leaderboard;

/** /leaderboard: the top of one leaderboard, exact over the whole community, and the viewer's own place below it. */
public interface ShowLeaderboardUseCase {

    LeaderboardView showLeaderboard(LeaderboardQuery query);
}

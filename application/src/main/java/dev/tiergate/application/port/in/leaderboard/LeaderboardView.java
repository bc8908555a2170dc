package dev.tiergate.application.port.in.leaderboard;

import dev.tiergate.domain.leaderboard.LeaderboardKind;
import java.util.List;
import java.util.Optional;

/** A leaderboard's top entries, the viewer's own entry when it is listed but not among them, and how many are listed. */
public record LeaderboardView(LeaderboardKind kind, List<LeaderboardEntry> top, Optional<LeaderboardEntry> own,
        int totalListed) {

    public static final int TOP_SIZE = 10;

    public LeaderboardView {
        top = List.copyOf(top);
    }
}

package dev.tiergate.domain.leaderboard;

/**
 * The three leaderboards, each exact over the whole community: by score (the rank order), by
 * held badges (then the rank order), and by closeness to the next score-based tier.
 */
public enum LeaderboardKind {
    SCORE, BADGES, TIERS
}

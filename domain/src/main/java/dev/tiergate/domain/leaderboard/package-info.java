/** Leaderboards: which orders a community is listed in. */
package dev.tiergate.domain.leaderboard;

/** Leaderboard use cases. */
package dev.tiergate.application.service.leaderboard;

/** Input port: leaderboards. */
package dev.tiergate.application.port.in.leaderboard;

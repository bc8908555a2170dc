/** Output port: the leaderboards' exact, bounded reads. */
package dev.tiergate.application.port.out.leaderboard;

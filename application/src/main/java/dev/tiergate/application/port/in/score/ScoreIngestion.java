package dev.tiergate.application.port.in.score;

/** What a batch changed: scores applied (older or replayed ones are not), tier moves, seat moves. */
public record ScoreIngestion(int scoresApplied, int tierChanges, int seatChanges) {
}

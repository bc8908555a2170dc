package dev.tiergate.application.port.in.score;

/**
 * Applies a batch of scores idempotently by as-of time (an older update never overwrites a
 * newer one; a replay changes nothing), then lets ranks, seats and tiers follow.
 */
public interface IngestScoresUseCase {

    ScoreIngestion ingestScores(IngestScoresCommand command);
}

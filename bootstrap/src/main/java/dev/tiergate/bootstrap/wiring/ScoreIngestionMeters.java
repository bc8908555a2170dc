package dev.tiergate.bootstrap.wiring;

import dev.tiergate.application.port.in.score.IngestScoresCommand;
import dev.tiergate.application.port.in.score.IngestScoresUseCase;
import dev.tiergate.application.port.in.score.ScoreIngestion;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;

/**
 * Counts the score batches the listener hands to ingestion, the entries they carried and those that
 * changed a score, and how far behind the batches were (now minus their as-of time). No labels: a
 * community id would be one series per guild.
 */
final class ScoreIngestionMeters implements IngestScoresUseCase {

    private final IngestScoresUseCase ingestion;
    private final Clock clock;
    private final Counter batches;
    private final Counter entriesReceived;
    private final Counter entriesApplied;
    private final Timer lag;

    ScoreIngestionMeters(IngestScoresUseCase ingestion, Clock clock, MeterRegistry registry) {
        this.ingestion = ingestion;
        this.clock = clock;
        batches = Counter.builder("tiergate.score.batches").description("Score batches ingested").register(registry);
        entriesReceived = Counter.builder("tiergate.score.entries").description("Score entries in ingested batches")
                .tag("result", "received").register(registry);
        entriesApplied = Counter.builder("tiergate.score.entries")
                .description("Score entries in ingested batches").tag("result", "applied").register(registry);
        lag = Timer.builder("tiergate.score.lag").description("From a batch's as-of time to its ingestion")
                .publishPercentileHistogram().maximumExpectedValue(Duration.ofHours(1)).register(registry);
    }

    @Override
    public ScoreIngestion ingestScores(IngestScoresCommand command) {
        ScoreIngestion ingested = ingestion.ingestScores(command);
        batches.increment();
        entriesReceived.increment(command.entries().size());
        entriesApplied.increment(ingested.scoresApplied());
        // A batch dated ahead of this clock (skew) has a negative lag, which the timer ignores.
        lag.record(Duration.between(command.asOf(), clock.instant()));
        return ingested;
    }
}

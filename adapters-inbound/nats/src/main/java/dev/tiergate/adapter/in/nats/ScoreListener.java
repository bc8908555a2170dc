package dev.tiergate.adapter.in.nats;

import dev.tiergate.application.port.in.score.IngestScoresCommand;
import dev.tiergate.application.port.in.score.IngestScoresUseCase;
import dev.tiergate.application.port.in.score.ScoreIngestion;
import dev.tiergate.domain.shared.DomainException;
import io.nats.client.Connection;
import io.nats.client.Message;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests score batches from {@code eligibility.scores} (durable pull consumer
 * {@code tiergate-scores} on ELIGIBILITY): a malformed batch is dead-lettered, a failing ingestion
 * (a database outage) is retried with back-off, which is safe because ingestion is idempotent by as-of.
 */
public final class ScoreListener extends GatewayListener {

    static final PullConsumerLoop.ConsumerSpec CONSUMER = new PullConsumerLoop.ConsumerSpec("ELIGIBILITY",
            "tiergate-scores", "eligibility.scores", 8, Duration.ofSeconds(30));
    private static final Logger LOG = LoggerFactory.getLogger(ScoreListener.class);

    private final IngestScoresUseCase scores;
    private final ScoreUpdateMapper mapper = new ScoreUpdateMapper();

    public ScoreListener(Connection connection, IngestScoresUseCase scores, ListenerSettings settings) {
        super(connection, CONSUMER, settings);
        this.scores = Objects.requireNonNull(scores, "scores");
    }

    @Override
    Settlement handle(Message message) {
        return switch (parser.parse(message.getData()).then(mapper::map)) {
            case Decoded.Poison<IngestScoresCommand>(String reason) -> new Settlement.Poison(reason);
            case Decoded.Accepted<IngestScoresCommand>(IngestScoresCommand command) -> ingest(command);
        };
    }

    private Settlement ingest(IngestScoresCommand command) {
        try {
            ScoreIngestion result = scores.ingestScores(command);
            LOG.info("Score batch for {} as of {}: {} of {} scores applied, {} tier and {} seat change(s)",
                    command.communityId(), command.asOf(), result.scoresApplied(), command.entries().size(),
                    result.tierChanges(), result.seatChanges());
            return Settlement.ACK;
        } catch (DomainException rejected) {
            return new Settlement.Poison("rejected by the domain: " + FailureText.describe(rejected));
        } catch (RuntimeException failure) {
            return new Settlement.Retry("ingestion failed: " + FailureText.describe(failure));
        }
    }
}

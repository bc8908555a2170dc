package dev.tiergate.adapter.in.nats;

import static dev.tiergate.adapter.in.nats.JetStreamFixture.await;
import static dev.tiergate.adapter.in.nats.JetStreamFixture.awaitTrue;
import static dev.tiergate.adapter.in.nats.JetStreamFixture.freshEventId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.score.IngestScoresCommand;
import dev.tiergate.application.port.in.score.IngestScoresUseCase;
import dev.tiergate.application.port.in.score.ScoreIngestion;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.profile.WalletAddress;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.ConsumerInfo;
import io.nats.client.api.MessageInfo;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The score listener against a private nats-server, with an in-memory use case. */
class ScoreListenerIT {

    private static final String SUBJECT = "eligibility.scores";
    private static final String GUILD_ID = "123456789012345678";
    private static final String WALLET = "0xabcdef0123456789abcdef0123456789abcdef01";
    private static final ListenerSettings SETTINGS = ListenerSettings.defaults("111111111111111111");

    private JetStreamFixture nats;
    private ScoreListener listener;

    @BeforeEach
    void startNats() throws Exception {
        nats = new JetStreamFixture();
    }

    @AfterEach
    void stopNats() throws Exception {
        nats.closeAfter(listener, WALLET);
    }

    @Test
    void aValidBatchReachesTheUseCaseOnceWithExactScores() throws Exception {
        RecordingScores scores = start(command -> new ScoreIngestion(2, 0, 0));
        String eventId = freshEventId();

        nats.publish(SUBJECT, eventId, scoreUpdate(eventId, "{\"user_id\": \"987654321098765432\","
                + " \"score\": \"1234.567890123456789012\"}, {\"wallet\": \"" + WALLET + "\", \"score\": \"7\"}"));

        awaitTrue("the batch is ingested", () -> scores.commands.size() == 1);
        await("the batch is acked", () -> nats.consumer("ELIGIBILITY", "tiergate-scores").getAckFloor()
                .getConsumerSequence() == 1);
        IngestScoresCommand command = scores.commands.getFirst();
        assertThat(command.communityId()).isEqualTo(new CommunityId(GUILD_ID));
        assertThat(command.asOf()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(command.entries()).hasSize(2);
        assertThat(command.entries().get(0).userId()).contains(new UserId("987654321098765432"));
        assertThat(command.entries().get(0).score().value()).isEqualTo(new BigDecimal("1234.567890123456789012"));
        assertThat(command.entries().get(1).wallet()).contains(new WalletAddress(WALLET));
        assertThat(command.entries().get(1).score().value()).isEqualTo(new BigDecimal("7.000000000000000000"));
        ConsumerInfo consumer = nats.consumer("ELIGIBILITY", "tiergate-scores");
        assertThat(consumer.getNumAckPending()).isZero();
        assertThat(consumer.getRedelivered()).isZero();
        assertThat(scores.commands).hasSize(1);
    }

    @Test
    void aBatchWithAnInvalidEntryIsDeadLetteredWhole() throws Exception {
        RecordingScores scores = start(command -> new ScoreIngestion(0, 0, 0));
        String eventId = freshEventId();

        nats.publish(SUBJECT, eventId, scoreUpdate(eventId, "{\"user_id\": \"987654321098765432\", \"score\": \"1\"},"
                + " {\"score\": \"2\"}"));

        await("a dead letter", () -> nats.deadLetters().size() == 1);
        MessageInfo letter = nats.deadLetters().getFirst();
        assertThat(letter.getSubject()).isEqualTo("dlq.eligibility.scores");
        assertThat(letter.getHeaders().getFirst("Tiergate-Dead-Letter-Reason"))
                .isEqualTo("entries[1]: names neither user_id nor wallet");
        assertThat(letter.getHeaders().getFirst("Tiergate-Original-Subject")).isEqualTo(SUBJECT);
        assertThat(new String(letter.getData(), StandardCharsets.UTF_8)).contains(eventId).contains("987654321098765432");
        await("the batch is settled", () -> nats.consumer("ELIGIBILITY", "tiergate-scores").getNumAckPending() == 0);
        assertThat(nats.consumer("ELIGIBILITY", "tiergate-scores").getRedelivered()).isZero();
        assertThat(scores.commands).isEmpty();
    }

    @Test
    void aFailingIngestionIsRetriedWithBackoffUntilItSucceeds() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        RecordingScores scores = start(command -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("connection to the database refused for " + WALLET);
            }
            return new ScoreIngestion(1, 0, 0);
        });
        String eventId = freshEventId();

        nats.publish(SUBJECT, eventId, scoreUpdate(eventId, "{\"user_id\": \"987654321098765432\", \"score\": \"3\"}"));

        awaitTrue("a second attempt", () -> scores.commands.size() == 2);
        await("the batch is acked", () -> nats.consumer("ELIGIBILITY", "tiergate-scores").getNumAckPending() == 0);
        assertThat(Duration.between(scores.startedAt.get(0), scores.startedAt.get(1)))
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(scores.commands.get(1)).isEqualTo(scores.commands.get(0));
        assertThat(nats.deadLetters()).isEmpty();
        assertThat(nats.logLines()).anyMatch(line -> line.contains("connection to the database refused"));
    }

    @Test
    void startCreatesTheDurableConsumerWithEightDeliveries() throws Exception {
        start(command -> new ScoreIngestion(0, 0, 0));

        ConsumerConfiguration config = nats.consumer("ELIGIBILITY", "tiergate-scores").getConsumerConfiguration();
        assertThat(config.getFilterSubject()).isEqualTo(SUBJECT);
        assertThat(config.getMaxDeliver()).isEqualTo(8);
    }

    private RecordingScores start(Function<IngestScoresCommand, ScoreIngestion> behaviour) {
        RecordingScores scores = new RecordingScores(behaviour);
        listener = new ScoreListener(nats.connection, scores, SETTINGS);
        listener.start();
        return scores;
    }

    private static String scoreUpdate(String eventId, String entries) {
        return "{\"event_id\": \"" + eventId + "\", \"event_type\": \"score.update\", \"shard_id\": 0,"
                + " \"timestamp\": 1700000000500, \"guild_id\": \"" + GUILD_ID + "\", \"channel_id\": null,"
                + " \"user_id\": null, \"data\": {\"as_of\": 1700000000000, \"entries\": [" + entries + "]}}";
    }

    /** An in-memory use case that records each batch. */
    private static final class RecordingScores implements IngestScoresUseCase {

        final List<IngestScoresCommand> commands = new CopyOnWriteArrayList<>();
        final List<Instant> startedAt = new CopyOnWriteArrayList<>();
        private final Function<IngestScoresCommand, ScoreIngestion> behaviour;

        RecordingScores(Function<IngestScoresCommand, ScoreIngestion> behaviour) {
            this.behaviour = behaviour;
        }

        @Override
        public ScoreIngestion ingestScores(IngestScoresCommand command) {
            startedAt.add(Instant.now());
            commands.add(command);
            return behaviour.apply(command);
        }
    }
}

package dev.tiergate.adapter.in.nats;

import static dev.tiergate.adapter.in.nats.JetStreamFixture.await;
import static dev.tiergate.adapter.in.nats.JetStreamFixture.awaitTrue;
import static dev.tiergate.adapter.in.nats.JetStreamFixture.freshEventId;
import static dev.tiergate.adapter.in.nats.JetStreamFixture.freshInteractionId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tiergate.application.port.in.interaction.AnswerInteractionUseCase;
import dev.tiergate.application.port.in.interaction.Delivery;
import dev.tiergate.application.port.in.interaction.InteractionOutcome;
import dev.tiergate.application.port.in.interaction.InteractionRequest;
import dev.tiergate.application.port.in.interaction.MemberCommand;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import io.nats.client.Connection;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.ConsumerInfo;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.PublishAck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The interaction listener against a private nats-server, with an in-memory use case. */
class InteractionListenerIT {

    private static final String SUBJECT = "commands.interaction";
    private static final String APPLICATION_ID = "111111111111111111";
    private static final String GUILD_ID = "123456789012345678";
    private static final String USER_ID = "987654321098765432";
    private static final String TOKEN = "dG9rZW4tdGhhdC1tdXN0LW5ldmVyLWJlLWxvZ2dlZA";
    private static final ListenerSettings DEFAULTS = ListenerSettings.defaults(APPLICATION_ID);
    private static final Function<InteractionRequest, InteractionOutcome> ANSWERED =
            request -> InteractionOutcome.ANSWERED;
    private static final InteractionOutcome RETRY_LATER = new InteractionOutcome.RetryLater(Optional.empty());

    private JetStreamFixture nats;
    private InteractionListener listener;

    @BeforeEach
    void startNats() throws Exception {
        nats = new JetStreamFixture();
    }

    @AfterEach
    void stopNats() throws Exception {
        nats.closeAfter(listener, TOKEN);
    }

    @Test
    void aValidPositionInteractionReachesTheUseCaseOnce() throws Exception {
        RecordingAnswers answers = start(DEFAULTS, ANSWERED);
        String interactionId = freshInteractionId();
        String eventId = freshEventId();

        nats.publish(SUBJECT, eventId, interaction(eventId, interactionId, "\"command_name\": \"position\""));
        PublishAck duplicate = nats.publish(SUBJECT, eventId,
                interaction(eventId, interactionId, "\"command_name\": \"position\""));

        awaitTrue("the interaction is answered", () -> answers.requests.size() == 1);
        await("the message is acked and leaves the work queue", () -> nats.messagesIn("COMMANDS") == 0);
        assertThat(duplicate.isDuplicate()).as("a republish inside the duplicate window is dropped").isTrue();
        InteractionRequest request = answers.requests.getFirst();
        assertThat(request.command()).isEqualTo(new MemberCommand.ShowPosition());
        assertThat(request.communityId()).contains(new CommunityId(GUILD_ID));
        assertThat(request.userId()).contains(new UserId(USER_ID));
        assertThat(request.ref().interactionId()).isEqualTo(interactionId);
        assertThat(request.ref().token()).isEqualTo(TOKEN);
        assertThat(request.ref().applicationId()).isEqualTo(APPLICATION_ID);
        assertThat(request.createdAt()).isCloseTo(Instant.now(), within(10, ChronoUnit.SECONDS));
        ConsumerInfo consumer = nats.consumer("COMMANDS", "tiergate-commands");
        assertThat(consumer.getNumAckPending()).isZero();
        assertThat(consumer.getRedelivered()).isZero();
        assertThat(answers.requests).hasSize(1);
    }

    @Test
    void theReferenceGatewayFixtureIsAnsweredAsUnreadable() throws Exception {
        RecordingAnswers answers = start(DEFAULTS, ANSWERED);
        byte[] fixture = Files.readAllBytes(Paths.get(Objects.requireNonNull(
                getClass().getResource("/fixtures/gateway/interaction-create.json")).toURI()));

        nats.publish(SUBJECT, "00000000-0000-4000-8000-000000000006", fixture);

        awaitTrue("the fixture is answered", () -> answers.requests.size() == 1);
        InteractionRequest request = answers.requests.getFirst();
        assertThat(request.command()).isEqualTo(new MemberCommand.Unreadable());
        assertThat(request.ref().interactionId()).isEqualTo("444444444444444444");
        assertThat(request.ref().applicationId()).isEqualTo(APPLICATION_ID);
        assertThat(request.communityId()).contains(new CommunityId("123456789012345678"));
    }

    @Test
    void invalidJsonIsDeadLetteredAtOnceWithItsReasonAndWithoutTheToken() throws Exception {
        RecordingAnswers answers = start(DEFAULTS, ANSWERED);
        String truncated = "{\"event_id\": \"" + freshEventId() + "\", \"data\": {\"interaction_token\": \"" + TOKEN + "\"";

        nats.publish(SUBJECT, freshEventId(), truncated);

        await("a dead letter", () -> nats.deadLetters().size() == 1);
        MessageInfo letter = nats.deadLetters().getFirst();
        assertThat(letter.getSubject()).isEqualTo("dlq.commands.interaction");
        assertThat(letter.getHeaders().getFirst("Tiergate-Dead-Letter-Reason")).isEqualTo("not JSON");
        assertThat(letter.getHeaders().getFirst("Tiergate-Original-Subject")).isEqualTo(SUBJECT);
        assertThat(new String(letter.getData() == null ? new byte[0] : letter.getData(), StandardCharsets.UTF_8))
                .doesNotContain(TOKEN);
        await("the message is settled", () -> nats.consumer("COMMANDS", "tiergate-commands").getNumAckPending() == 0);
        ConsumerInfo consumer = nats.consumer("COMMANDS", "tiergate-commands");
        assertThat(consumer.getRedelivered()).as("terminated, never redelivered").isZero();
        assertThat(consumer.getDelivered().getConsumerSequence()).isEqualTo(1);
        assertThat(answers.requests).isEmpty();
    }

    @Test
    void aReadableButInvalidEnvelopeIsDeadLetteredWithTheTokenRedacted() throws Exception {
        RecordingAnswers answers = start(DEFAULTS, ANSWERED);
        String eventId = freshEventId();
        String badGuild = interaction(eventId, freshInteractionId(), "\"command_name\": \"position\"")
                .replace(GUILD_ID, "12345");

        nats.publish(SUBJECT, eventId, badGuild);

        await("a dead letter", () -> nats.deadLetters().size() == 1);
        MessageInfo letter = nats.deadLetters().getFirst();
        String copy = new String(letter.getData(), StandardCharsets.UTF_8);
        assertThat(letter.getHeaders().getFirst("Tiergate-Dead-Letter-Reason")).isEqualTo("guild_id is not a snowflake");
        assertThat(copy).doesNotContain(TOKEN).contains("\"interaction_token\":\"<redacted>\"").contains(eventId);
        assertThat(answers.requests).isEmpty();
    }

    @Test
    void aRetryableReplyFailureIsRedeliveredAfterADelayAndThenSucceeds() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        RecordingAnswers answers = start(DEFAULTS, request -> {
            return calls.incrementAndGet() == 1 ? RETRY_LATER : InteractionOutcome.ANSWERED;
        });
        String eventId = freshEventId();

        nats.publish(SUBJECT, eventId, interaction(eventId, freshInteractionId(), "\"command_name\": \"threshold\""));

        awaitTrue("a second delivery", () -> answers.requests.size() == 2);
        await("the message is acked", () -> nats.messagesIn("COMMANDS") == 0);
        Duration gap = Duration.between(answers.startedAt.get(0), answers.startedAt.get(1));
        assertThat(gap).as("nak with delay, not a bare nak").isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(answers.requests.get(1).ref()).isEqualTo(answers.requests.get(0).ref());
        assertThat(nats.deadLetters()).isEmpty();
    }

    @Test
    void anInteractionFailingEveryDeliveryEndsInTheDeadLetters() throws Exception {
        RecordingAnswers answers = start(DEFAULTS, request -> RETRY_LATER);
        String eventId = freshEventId();

        nats.publish(SUBJECT, eventId, position(eventId));

        await("a dead letter after the last delivery", () -> nats.deadLetters().size() == 1);
        assertThat(answers.requests).hasSize(3);
        assertThat(answers.deliveries).containsExactly(new Delivery(1, false), new Delivery(2, false),
                new Delivery(3, true));
        assertThat(Duration.between(answers.startedAt.get(0), answers.startedAt.get(1)))
                .as("first back-off, 1 s").isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(Duration.between(answers.startedAt.get(1), answers.startedAt.get(2)))
                .as("second back-off, 2 s").isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        sleep(Duration.ofSeconds(1));
        assertThat(nats.deadLetters()).as("one dead letter, not one per delivery").hasSize(1);
        assertThat(nats.deadLetters().getFirst().getHeaders().getFirst("Tiergate-Dead-Letter-Reason"))
                .startsWith("failed all 3 deliveries: ").contains("is not answered yet");
        assertThat(new String(nats.deadLetters().getFirst().getData(), StandardCharsets.UTF_8)).doesNotContain(TOKEN);
    }

    @Test
    void aNonRetryableFailureIsSettledWithoutRetry() throws Exception {
        RecordingAnswers answers = start(DEFAULTS, request -> InteractionOutcome.NOT_DELIVERED);
        String eventId = freshEventId();

        nats.publish(SUBJECT, eventId, position(eventId));

        awaitTrue("the interaction is tried", () -> answers.requests.size() == 1);
        await("the message is settled", () -> {
            ConsumerInfo consumer = nats.consumer("COMMANDS", "tiergate-commands");
            return consumer.getNumAckPending() == 0 && consumer.getAckFloor().getConsumerSequence() == 1;
        });
        assertThat(nats.consumer("COMMANDS", "tiergate-commands").getRedelivered()).isZero();
        assertThat(answers.requests).hasSize(1);
        assertThat(nats.deadLetters()).isEmpty();
    }

    @Test
    void concurrencyIsBoundedByMaxInFlightButNotSerial() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RecordingAnswers answers = start(new ListenerSettings(APPLICATION_ID, 4, Duration.ofSeconds(5)), request -> {
            block(release);
            return InteractionOutcome.ANSWERED;
        });

        for (int i = 0; i < 12; i++) {
            String eventId = freshEventId();
            nats.publish(SUBJECT, eventId, position(eventId));
        }

        awaitTrue("four interactions in flight", () -> answers.running.get() == 4);
        Thread.sleep(300);
        assertThat(answers.running.get()).isEqualTo(4);
        assertThat(answers.requests).hasSize(4);
        release.countDown();
        awaitTrue("all twelve answered", () -> answers.finished.get() == 12);
        assertThat(answers.maxRunning.get()).isEqualTo(4);
        await("all acked", () -> nats.messagesIn("COMMANDS") == 0);
    }

    @Test
    void closeWaitsForTheInteractionsInFlight() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RecordingAnswers answers = start(new ListenerSettings(APPLICATION_ID, 2, Duration.ofSeconds(5)), request -> {
            block(release);
            return InteractionOutcome.ANSWERED;
        });
        String eventId = freshEventId();
        nats.publish(SUBJECT, eventId, position(eventId));
        awaitTrue("the interaction is in flight", () -> answers.running.get() == 1);
        Thread.ofVirtual().start(() -> {
            sleep(Duration.ofMillis(500));
            release.countDown();
        });

        long started = System.nanoTime();
        listener.close();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answers.finished.get()).as("finished before close returned").isEqualTo(1);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(400)).isLessThan(Duration.ofSeconds(5));
        await("the answered interaction is acked", () -> nats.messagesIn("COMMANDS") == 0);
    }

    @Test
    void closeGivesUpAtTheShutdownDeadline() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RecordingAnswers answers = start(new ListenerSettings(APPLICATION_ID, 2, Duration.ofMillis(300)), request -> {
            block(release);
            return InteractionOutcome.ANSWERED;
        });
        String eventId = freshEventId();
        nats.publish(SUBJECT, eventId, position(eventId));
        awaitTrue("the interaction is in flight", () -> answers.running.get() == 1);

        long started = System.nanoTime();
        listener.close();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        int finishedWhenClosed = answers.finished.get();
        release.countDown();

        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(250)).isLessThan(Duration.ofMillis(1500));
        assertThat(finishedWhenClosed).as("still running when close returned").isZero();
    }

    @Test
    void keepsAnsweringAfterTheServerRestarts() throws Exception {
        RecordingAnswers answers = start(DEFAULTS, ANSWERED);

        nats.server.restart();
        awaitTrue("the connection is back", () -> nats.connection.getStatus() == Connection.Status.CONNECTED);
        String eventId = freshEventId();
        nats.publish(SUBJECT, eventId, position(eventId));

        awaitTrue("the interaction is answered after the restart", () -> answers.requests.size() == 1);
        await("the message is acked", () -> nats.messagesIn("COMMANDS") == 0);
    }

    @Test
    void startCreatesOrUpdatesTheDurableConsumer() throws Exception {
        nats.jsm.addOrUpdateConsumer("COMMANDS", ConsumerConfiguration.builder().durable("tiergate-commands")
                .filterSubject(SUBJECT).ackPolicy(AckPolicy.Explicit).maxDeliver(10).ackWait(Duration.ofSeconds(5))
                .build());

        start(DEFAULTS, ANSWERED);

        ConsumerConfiguration config = nats.consumer("COMMANDS", "tiergate-commands").getConsumerConfiguration();
        assertThat(config.getFilterSubject()).isEqualTo(SUBJECT);
        assertThat(config.getAckPolicy()).isEqualTo(AckPolicy.Explicit);
        assertThat(config.getMaxDeliver()).isEqualTo(3);
        assertThat(config.getAckWait()).isEqualTo(Duration.ofSeconds(30));
    }

    private RecordingAnswers start(ListenerSettings settings, Function<InteractionRequest, InteractionOutcome> behaviour) {
        RecordingAnswers answers = new RecordingAnswers(behaviour);
        listener = new InteractionListener(nats.connection, answers, settings);
        listener.start();
        return answers;
    }

    private static String position(String eventId) {
        return interaction(eventId, freshInteractionId(), "\"command_name\": \"position\"");
    }

    private static String interaction(String eventId, String interactionId, String routing) {
        return "{\"event_id\": \"" + eventId + "\", \"event_type\": \"interaction.create\", \"shard_id\": 0,"
                + " \"timestamp\": " + System.currentTimeMillis() + ", \"guild_id\": \"" + GUILD_ID + "\","
                + " \"channel_id\": \"333333333333333333\", \"user_id\": \"" + USER_ID + "\", \"data\": {"
                + "\"interaction_id\": \"" + interactionId + "\", \"interaction_type\": \"ApplicationCommand\","
                + " \"interaction_token\": \"" + TOKEN + "\", " + routing + "}}";
    }

    private static void block(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test latch never released");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** An in-memory use case that records each call and how many run at once. */
    private static final class RecordingAnswers implements AnswerInteractionUseCase {

        final List<InteractionRequest> requests = new CopyOnWriteArrayList<>();
        final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
        final List<Instant> startedAt = new CopyOnWriteArrayList<>();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        private final Function<InteractionRequest, InteractionOutcome> behaviour;

        RecordingAnswers(Function<InteractionRequest, InteractionOutcome> behaviour) {
            this.behaviour = behaviour;
        }

        @Override
        public InteractionOutcome answer(InteractionRequest request, Delivery delivery) {
            startedAt.add(Instant.now());
            requests.add(request);
            deliveries.add(delivery);
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                return behaviour.apply(request);
            } finally {
                running.decrementAndGet();
                finished.incrementAndGet();
            }
        }
    }
}

package dev.tiergate.adapter.in.nats;

import static dev.tiergate.adapter.in.nats.JetStreamFixture.await;
import static dev.tiergate.adapter.in.nats.JetStreamFixture.awaitTrue;
import static dev.tiergate.adapter.in.nats.JetStreamFixture.freshEventId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.activity.ActivityOutcome;
import dev.tiergate.application.port.in.activity.RecordActivityCommand;
import dev.tiergate.application.port.in.activity.RecordActivityUseCase;
import dev.tiergate.domain.activity.ActivityKind;
import io.nats.client.api.ConsumerConfiguration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The activity listeners against a private nats-server, with an in-memory use case. */
class ActivityListenerIT {

    private static final ListenerSettings SETTINGS = ListenerSettings.defaults("111111111111111111");
    private static final String GUILD = "\"123456789012345678\"";

    private JetStreamFixture nats;
    private ActivityListener messages;
    private ActivityListener reactions;
    private final List<RecordActivityCommand> recorded = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private final RecordActivityUseCase useCase = command -> {
        if (failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("cooldown store unavailable");
        }
        recorded.add(command);
        return new ActivityOutcome.NotTracked();
    };

    @BeforeEach
    void start() throws Exception {
        nats = new JetStreamFixture();
        messages = ActivityListener.forMessages(nats.connection, useCase, SETTINGS);
        reactions = ActivityListener.forReactions(nats.connection, useCase, SETTINGS);
        messages.start();
        reactions.start();
    }

    @AfterEach
    void stop() throws Exception {
        reactions.close();
        nats.closeAfter(messages, "no secret here");
    }

    @Test
    void messagesAndReactionsReachTheUseCaseAndAreAcked() throws Exception {
        String message = freshEventId();
        String reaction = freshEventId();

        nats.publish("events.message.create", message, body(message, "message.create",
                "{\"message_id\": \"223456789012345678\", \"author_id\": \"987654321098765432\"}"));
        nats.publish("events.reaction.add", reaction, body(reaction, "reaction.add",
                "{\"message_id\": \"223456789012345678\", \"user_id\": \"987654321098765433\","
                        + " \"message_author_id\": \"987654321098765432\"}"));

        awaitTrue("three activities", () -> recorded.size() == 3);
        await("both acked", () -> nats.consumer("EVENTS", "tiergate-activity-messages").getNumAckPending() == 0
                && nats.consumer("EVENTS", "tiergate-activity-reactions").getNumAckPending() == 0);
        assertThat(recorded).extracting(RecordActivityCommand::kind).containsExactlyInAnyOrder(ActivityKind.MESSAGE,
                ActivityKind.REACTION_GIVEN, ActivityKind.REACTION_RECEIVED);
        assertThat(recorded).filteredOn(c -> c.kind() == ActivityKind.MESSAGE).singleElement()
                .extracting(RecordActivityCommand::activityId).isEqualTo(UUID.fromString(message));
    }

    @Test
    void aFailingRecordingIsRetriedAndAMalformedEventIsDeadLettered() throws Exception {
        failuresLeft.set(1);
        String retried = freshEventId();
        String malformed = freshEventId();

        nats.publish("events.message.create", retried, body(retried, "message.create",
                "{\"author_id\": \"987654321098765432\"}"));
        nats.publish("events.message.create", malformed, body(malformed, "message.create", "{\"author_id\": 5}"));

        awaitTrue("the retried message is recorded", () -> recorded.size() == 1);
        await("a dead letter", () -> nats.deadLetters().size() == 1);
        assertThat(nats.deadLetters().getFirst().getHeaders().getFirst("Tiergate-Dead-Letter-Reason"))
                .isEqualTo("author_id is not a snowflake");
        await("all settled", () -> nats.consumer("EVENTS", "tiergate-activity-messages").getNumAckPending() == 0);
    }

    @Test
    void eachListenerHasItsDurableFilterAndEightDeliveries() throws Exception {
        ConsumerConfiguration config = nats.consumer("EVENTS", "tiergate-activity-reactions").getConsumerConfiguration();
        assertThat(config.getFilterSubject()).isEqualTo("events.reaction.add");
        assertThat(config.getMaxDeliver()).isEqualTo(8);
        assertThat(nats.consumer("EVENTS", "tiergate-activity-messages").getConsumerConfiguration().getFilterSubject())
                .isEqualTo("events.message.create");
    }

    private static String body(String eventId, String type, String data) {
        return ActivityEventMapperTest.envelope(type, GUILD, data).replace(
                "0b3c9f5e-2f9a-4c1e-9a7d-5b8f1e2d3c4a", eventId);
    }
}

package dev.tiergate.adapter.in.nats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.activity.RecordActivityCommand;
import dev.tiergate.domain.activity.ActivityKind;
import dev.tiergate.domain.profile.UserId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActivityEventMapperTest {

    private static final String EVENT_ID = "0b3c9f5e-2f9a-4c1e-9a7d-5b8f1e2d3c4a";
    private static final String GIVER = "987654321098765432";
    private static final String AUTHOR = "987654321098765433";

    private final GatewayEnvelopeParser parser = new GatewayEnvelopeParser();
    private final ActivityEventMapper mapper = new ActivityEventMapper();

    @Test
    void aMessageEarnsItsAuthorAMessageActivityKeyedByTheEventId() {
        List<RecordActivityCommand> commands = accepted(envelope("message.create", "\"123456789012345678\"",
                "{\"message_id\": \"223456789012345678\", \"author_id\": \"" + AUTHOR + "\"}"));

        assertThat(commands).singleElement().satisfies(command -> {
            assertThat(command.member()).isEqualTo(new UserId(AUTHOR));
            assertThat(command.kind()).isEqualTo(ActivityKind.MESSAGE);
            assertThat(command.activityId()).isEqualTo(UUID.fromString(EVENT_ID));
            assertThat(command.channelId()).contains("323456789012345678");
        });
    }

    @Test
    void aReactionEarnsTheGiverAndTheAuthorWithDistinctStableIds() {
        List<RecordActivityCommand> commands = accepted(envelope("reaction.add", "\"123456789012345678\"",
                "{\"message_id\": \"223456789012345678\", \"user_id\": \"" + GIVER + "\", \"message_author_id\": \""
                        + AUTHOR + "\"}"));

        assertThat(commands).extracting(RecordActivityCommand::kind)
                .containsExactly(ActivityKind.REACTION_GIVEN, ActivityKind.REACTION_RECEIVED);
        assertThat(commands.get(1).member()).isEqualTo(new UserId(AUTHOR));
        assertThat(commands.get(1).activityId()).isEqualTo(ActivityEventMapper.receivedId(UUID.fromString(EVENT_ID)))
                .isNotEqualTo(commands.get(0).activityId());
    }

    @Test
    void aReactionToOnesOwnMessageEarnsNothingReceived() {
        List<RecordActivityCommand> commands = accepted(envelope("reaction.add", "\"123456789012345678\"",
                "{\"message_id\": \"223456789012345678\", \"user_id\": \"" + GIVER + "\", \"message_author_id\": \""
                        + GIVER + "\"}"));

        assertThat(commands).extracting(RecordActivityCommand::kind).containsExactly(ActivityKind.REACTION_GIVEN);
    }

    @Test
    void anEventOutsideAGuildEarnsNothing() {
        assertThat(accepted(envelope("message.create", "null", "{\"author_id\": \"" + AUTHOR + "\"}"))).isEmpty();
    }

    @Test
    void aMissingOrMalformedMemberIsPoison() {
        assertThat(poison(envelope("message.create", "\"123456789012345678\"", "{\"message_id\": \"1\"}")))
                .isEqualTo("missing author_id");
        assertThat(poison(envelope("reaction.add", "\"123456789012345678\"", "{\"user_id\": \"@everyone\"}")))
                .isEqualTo("user_id is not a snowflake");
        assertThat(poison(envelope("member.join", "\"123456789012345678\"", "{}")))
                .startsWith("event_type is neither");
    }

    private List<RecordActivityCommand> accepted(String body) {
        return switch (parser.parse(body.getBytes(StandardCharsets.UTF_8)).then(mapper::map)) {
            case Decoded.Accepted<List<RecordActivityCommand>>(List<RecordActivityCommand> value) -> value;
            case Decoded.Poison<List<RecordActivityCommand>>(String reason) -> throw new AssertionError(reason);
        };
    }

    private String poison(String body) {
        return switch (parser.parse(body.getBytes(StandardCharsets.UTF_8)).then(mapper::map)) {
            case Decoded.Accepted<List<RecordActivityCommand>> accepted -> throw new AssertionError("accepted");
            case Decoded.Poison<List<RecordActivityCommand>>(String reason) -> reason;
        };
    }

    static String envelope(String type, String guild, String data) {
        return "{\"event_id\": \"" + EVENT_ID + "\", \"event_type\": \"" + type + "\", \"shard_id\": 0,"
                + " \"timestamp\": 1700000000500, \"guild_id\": " + guild + ", \"channel_id\": \"323456789012345678\","
                + " \"user_id\": null, \"data\": " + data + "}";
    }
}

package dev.tiergate.adapter.in.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tiergate.application.port.in.interaction.InteractionRequest;
import dev.tiergate.application.port.in.interaction.MemberCommand;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Interaction envelopes to application requests: transport fields required, routing fields choose the command. */
class SlashCommandRouterTest {

    static final String APPLICATION_ID = "111111111111111111";
    static final String TOKEN = "aW50ZXJhY3Rpb25fdG9rZW5fc2VjcmV0";
    private static final String INTERACTION_ID = "1234567890123456789";

    private final GatewayEnvelopeParser parser = new GatewayEnvelopeParser();
    private final SlashCommandRouter router = new SlashCommandRouter(APPLICATION_ID);

    @Test
    void routesPositionWithItsRefCommunityMemberAndCreationTime() {
        InteractionRequest request = routed(interaction("\"command_name\": \"position\""));

        assertThat(request.command()).isEqualTo(new MemberCommand.ShowPosition());
        assertThat(request.ref().interactionId()).isEqualTo(INTERACTION_ID);
        assertThat(request.ref().token()).isEqualTo(TOKEN);
        assertThat(request.ref().applicationId()).isEqualTo(APPLICATION_ID);
        assertThat(request.communityId()).contains(new CommunityId("123456789012345678"));
        assertThat(request.userId()).contains(new UserId("987654321098765432"));
        assertThat(request.createdAt())
                .isEqualTo(Instant.ofEpochMilli((Long.parseLong(INTERACTION_ID) >> 22) + 1_420_070_400_000L));
    }

    @Test
    void prefersTheApplicationIdTheInteractionNames() {
        InteractionRequest request = routed(interaction(
                "\"command_name\": \"threshold\", \"application_id\": \"222222222222222222\""));

        assertThat(request.ref().applicationId()).isEqualTo("222222222222222222");
        assertThat(request.command()).isEqualTo(new MemberCommand.ShowThreshold());
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("\"command_name\": \"position\"", new MemberCommand.ShowPosition()),
                Arguments.of("\"command_name\": \"threshold\"", new MemberCommand.ShowThreshold()),
                Arguments.of("\"command_name\": \"profile\", \"subcommand\": \"view\"",
                        new MemberCommand.ViewProfile(Optional.empty())),
                Arguments.of("\"command_name\": \"profile\", \"subcommand\": \"view\", \"options\": {\"nym\": \"alice\"}",
                        new MemberCommand.ViewProfile(Optional.of("alice"))),
                Arguments.of("\"command_name\": \"profile\", \"subcommand\": \"view\", \"options\": {\"nym\": \"  \"}",
                        new MemberCommand.ViewProfile(Optional.empty())),
                Arguments.of("\"command_name\": \"profile\", \"subcommand\": \"view\", \"options\": {\"nym\": 42}",
                        new MemberCommand.ViewProfile(Optional.empty())),
                Arguments.of("\"command_name\": \"profile\", \"subcommand\": \"edit\"",
                        new MemberCommand.Unknown("profile edit")),
                Arguments.of("\"command_name\": \"profile\", \"subcommand_group\": \"settings\", \"subcommand\": \"view\"",
                        new MemberCommand.Unknown("profile settings view")),
                Arguments.of("\"command_name\": \"profile\"", new MemberCommand.Unreadable()),
                Arguments.of("\"command_name\": \"badges\"", new MemberCommand.Unknown("badges")),
                Arguments.of("\"command_name\": 17", new MemberCommand.Unreadable()),
                Arguments.of("", new MemberCommand.Unreadable()));
    }

    @ParameterizedTest(name = "{1} from [{0}]")
    @MethodSource("commands")
    void mapsTheRoutingFieldsToAMemberCommand(String routing, MemberCommand expected) {
        assertThat(routed(interaction(routing)).command()).isEqualTo(expected);
    }

    @Test
    void answersInDirectMessagesWithoutCommunityOrMember() {
        String body = body("null", "null", "\"interaction_id\": \"" + INTERACTION_ID
                + "\", \"interaction_type\": \"ApplicationCommand\", \"interaction_token\": \"" + TOKEN + "\"");

        InteractionRequest request = routed(body);

        assertThat(request.communityId()).isEmpty();
        assertThat(request.userId()).isEmpty();
        assertThat(request.command()).isEqualTo(new MemberCommand.Unreadable());
    }

    static Stream<Arguments> poison() {
        String id = "\"interaction_id\": \"" + INTERACTION_ID + "\"";
        String type = "\"interaction_type\": \"ApplicationCommand\"";
        String token = "\"interaction_token\": \"" + TOKEN + "\"";
        return Stream.of(
                Arguments.of(type + ", " + token, "missing interaction_id"),
                Arguments.of("\"interaction_id\": 1234567890123456789, " + type + ", " + token,
                        "interaction_id is not a snowflake"),
                Arguments.of("\"interaction_id\": \"12\", " + type + ", " + token, "interaction_id is not a snowflake"),
                Arguments.of(id + ", " + token, "missing interaction_type"),
                Arguments.of(id + ", \"interaction_type\": 2, " + token, "interaction_type is not a string"),
                Arguments.of(id + ", " + type, "missing interaction_token"),
                Arguments.of(id + ", " + type + ", \"interaction_token\": null", "missing interaction_token"),
                Arguments.of(id + ", " + type + ", \"interaction_token\": 5", "interaction_token is not a string"),
                Arguments.of(id + ", " + type + ", \"interaction_token\": \" \"", "interaction_token is not a string"),
                Arguments.of(id + ", " + type + ", " + token + ", \"application_id\": \"" + TOKEN + "\"",
                        "application_id is not a snowflake"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("poison")
    void rejectsAnInteractionWithoutItsTransportFields(String data, String reason) {
        Decoded<InteractionRequest> decoded = route(body("\"123456789012345678\"", "\"987654321098765432\"", data));

        assertThat(decoded).isEqualTo(Decoded.poison(reason));
        assertThat(reason).doesNotContain(TOKEN);
    }

    @Test
    void rejectsAnotherEventTypeAndMissingData() {
        String member = "{\"event_id\": \"00000000-0000-4000-8000-000000000003\", \"event_type\": \"member.join\","
                + " \"shard_id\": 0, \"timestamp\": 1700000000000, \"data\": {}}";
        String noData = "{\"event_id\": \"00000000-0000-4000-8000-000000000003\","
                + " \"event_type\": \"interaction.create\", \"shard_id\": 0, \"timestamp\": 1700000000000}";

        assertThat(route(member)).isEqualTo(Decoded.poison("event_type is not interaction.create"));
        assertThat(route(noData)).isEqualTo(Decoded.poison("missing data"));
    }

    @Test
    void theRequestNeverPrintsItsToken() {
        assertThat(routed(interaction("\"command_name\": \"position\"")).toString()).doesNotContain(TOKEN);
    }

    static String interaction(String routing) {
        return body("\"123456789012345678\"", "\"987654321098765432\"", "\"interaction_id\": \"" + INTERACTION_ID
                + "\", \"interaction_type\": \"ApplicationCommand\", \"interaction_token\": \"" + TOKEN + "\""
                + (routing.isEmpty() ? "" : ", " + routing));
    }

    private static String body(String guildId, String userId, String data) {
        return "{\"event_id\": \"00000000-0000-4000-8000-000000000006\", \"event_type\": \"interaction.create\","
                + " \"shard_id\": 0, \"timestamp\": 1700000000000, \"guild_id\": " + guildId
                + ", \"channel_id\": null, \"user_id\": " + userId + ", \"data\": {" + data + "}}";
    }

    private Decoded<InteractionRequest> route(String body) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8)).then(router::route);
    }

    private InteractionRequest routed(String body) {
        return switch (route(body)) {
            case Decoded.Accepted<InteractionRequest>(InteractionRequest request) -> request;
            case Decoded.Poison<InteractionRequest>(String reason) -> fail("rejected: " + reason);
        };
    }
}

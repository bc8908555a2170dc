package dev.tiergate.adapter.in.http.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.adapter.in.nats.InteractionListener;
import dev.tiergate.adapter.in.nats.ListenerSettings;
import dev.tiergate.adapter.out.nats.NatsInteractionQueueAdapter;
import dev.tiergate.adapter.out.nats.NatsStreamAdmin;
import dev.tiergate.adapter.out.nats.NatsTestServer;
import dev.tiergate.application.port.in.interaction.AnswerInteractionUseCase;
import dev.tiergate.application.port.in.interaction.InteractionOutcome;
import dev.tiergate.application.port.in.interaction.InteractionRequest;
import dev.tiergate.application.port.in.interaction.MemberCommand;
import dev.tiergate.application.port.in.interaction.MemberCommand.Suggestion;
import dev.tiergate.application.service.interaction.QueueInteractionService;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.Snowflake;
import io.nats.client.Connection;
import io.nats.client.Nats;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP endpoint publishes is what the gateway's consumer reads: Discord interactions posted to
 * the endpoint, queued on a private nats-server by the real queue adapter, read by the real
 * {@link InteractionListener} (its envelope parser and router), arrive as the request the gateway's
 * envelope would have made, with the endpoint's callback base; the listener's answer, sent to the
 * endpoint, is the HTTP response.
 */
class HttpInteractionRoundTripIT {

    private static final String APPLICATION_ID = "100000000000000777";
    private static final String GUILD = "123456789012345678";
    private static final String USER = "987654321098765432";
    private static final URI CALLBACK = URI.create("http://127.0.0.1:8080/internal/discord/interactions");
    private static final byte[] ANSWER = "{\"type\":4,\"data\":{\"content\":\"ok\"}}".getBytes(StandardCharsets.UTF_8);

    private static final DiscordTestKey DISCORD = DiscordTestKey.generate();
    private static final Map<String, InteractionRequest> RECEIVED = new ConcurrentHashMap<>();
    private static NatsTestServer nats;
    private static Connection connection;
    private static InteractionListener listener;
    private static DiscordInteractionsEndpoint endpoint;

    @BeforeAll
    static void start() throws Exception {
        nats = NatsTestServer.start();
        connection = Nats.connect(nats.url());
        new NatsStreamAdmin(connection).ensureStreams();
        endpoint = new DiscordInteractionsEndpoint(Ed25519SignatureVerifier.forPublicKey(DISCORD.publicKeyHex()),
                new QueueInteractionService(new NatsInteractionQueueAdapter(connection, Duration.ofSeconds(2))),
                () -> CALLBACK, Clock.systemUTC());
        AnswerInteractionUseCase answers = (request, delivery) -> {
            RECEIVED.put(request.ref().interactionId(), request);
            endpoint.acceptResponse(request.ref().interactionId(), request.ref().token(), ANSWER);
            return InteractionOutcome.ANSWERED;
        };
        listener = new InteractionListener(connection, answers, ListenerSettings.defaults(APPLICATION_ID));
        listener.start();
    }

    @AfterAll
    static void stop() throws Exception {
        listener.close();
        connection.close();
        nats.close();
    }

    /** Posts a signed interaction of {@code type} with this {@code data} by a member with these permissions. */
    private static InteractionRequest roundTrip(int type, String data) {
        String id = Long.toString((Instant.now().toEpochMilli() - 1_420_070_400_000L) << 22 | RECEIVED.size());
        String token = "round-trip-token-" + id;
        byte[] body = """
                {"type":%d,"id":"%s","token":"%s","application_id":"%s","guild_id":"%s","channel_id":"%s",
                 "member":{"user":{"id":"%s"},"permissions":"8","roles":["555555555555555555","666666666666666666"]},
                 "locale":"en-US","data":%s}""".formatted(type, id, token, APPLICATION_ID, GUILD, GUILD, USER, data)
                .getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(Instant.now().getEpochSecond());

        EndpointReply reply = endpoint.receive(DISCORD.sign(timestamp, body), timestamp, body);

        assertThat(reply.body()).as("the listener's answer is the HTTP response").isEqualTo(ANSWER);
        InteractionRequest request = RECEIVED.get(id);
        assertThat(request.ref().interactionId()).isEqualTo(id);
        assertThat(request.ref().token()).isEqualTo(token);
        assertThat(request.ref().applicationId()).isEqualTo(APPLICATION_ID);
        assertThat(request.ref().callbackBase()).contains(CALLBACK);
        assertThat(request.communityId()).contains(new CommunityId(GUILD));
        assertThat(request.userId()).contains(new UserId(USER));
        assertThat(request.createdAt()).isEqualTo(Snowflake.createdAt(id));
        assertThat(request.caller().permissions()).isEqualTo(OptionalLong.of(8));
        assertThat(request.caller().roleIds()).isEqualTo(Set.of("555555555555555555", "666666666666666666"));
        return request;
    }

    @Test
    void aSlashCommandWithASubCommandAndOptionsIsReadAsTheCommandItIs() {
        InteractionRequest award = roundTrip(2, """
                {"name":"admin-badge","type":1,"options":[{"name":"award","type":1,"options":[
                  {"name":"nym","type":3,"value":"alia"},{"name":"badge","type":3,"value":"water-sharer"},
                  {"name":"reason","type":3,"value":"shared water"}]}]}""");
        InteractionRequest position = roundTrip(2, "{\"name\":\"position\",\"type\":1}");

        assertThat(award.command()).isEqualTo(new MemberCommand.AwardBadge("alia", "water-sharer",
                Optional.of("shared water")));
        assertThat(position.command()).isEqualTo(new MemberCommand.ShowPosition());
    }

    @Test
    void anAutocompleteIsReadWithItsFocusedOptionAndWhatWasTyped() {
        InteractionRequest suggest = roundTrip(4, """
                {"name":"admin-badge","type":1,"options":[{"name":"award","type":1,"options":[
                  {"name":"nym","type":3,"value":"alia"},{"name":"badge","type":3,"value":"wa","focused":true}]}]}""");

        assertThat(suggest.command()).isEqualTo(new MemberCommand.Suggest(Suggestion.CONTRIBUTION_BADGE, "wa"));
    }

    @Test
    void aMenuChoiceIsReadAsTheClickItIs() {
        InteractionRequest click = roundTrip(3, """
                {"custom_id":"tg:directory:sort:%s","component_type":3,"values":["tenure"]}""".formatted(USER));

        assertThat(click.command()).isEqualTo(new MemberCommand.SortDirectory(new UserId(USER), "tenure"));
    }
}

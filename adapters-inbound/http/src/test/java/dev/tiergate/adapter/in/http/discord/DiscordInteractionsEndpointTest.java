package dev.tiergate.adapter.in.http.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.application.port.in.interaction.QueueInteractionCommand;
import dev.tiergate.application.port.in.interaction.QueueInteractionUseCase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DiscordInteractionsEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final URI CALLBACK = URI.create("http://127.0.0.1:8080/internal/discord/interactions");
    private static final String TOKEN = "aW50ZXJhY3Rpb24tdG9rZW4tZm9yLXRoZS1lbmRwb2ludA";
    private static final byte[] ANSWER = """
            {"type":4,"data":{"embeds":[{"title":"Your position"}],"flags":64,"allowed_mentions":{"parse":[]}}}"""
            .getBytes(StandardCharsets.UTF_8);

    private final DiscordTestKey discord = DiscordTestKey.generate();
    private final List<QueueInteractionCommand> queued = new CopyOnWriteArrayList<>();
    private Consumer<QueueInteractionCommand> worker = command -> { };
    private boolean brokerUp = true;
    private final QueueInteractionUseCase queue = command -> {
        queued.add(command);
        worker.accept(command);
        return brokerUp;
    };
    private final DiscordInteractionsEndpoint endpoint = new DiscordInteractionsEndpoint(
            Ed25519SignatureVerifier.forPublicKey(discord.publicKeyHex()), queue, () -> CALLBACK,
            Clock.fixed(NOW, ZoneOffset.UTC));

    /** An interaction id Discord created {@code age} before now. */
    private static String createdAgo(Duration age) {
        return Long.toString((NOW.minus(age).toEpochMilli() - 1_420_070_400_000L) << 22);
    }

    private static String interaction(int type, String id, String data) {
        return """
                {"type":%d,"id":"%s","token":"%s","application_id":"100000000000000777","guild_id":"123456789012345678",
                 "channel_id":"333333333333333333","member":{"user":{"id":"987654321098765432"},"permissions":"0",
                 "roles":[]},"data":%s}""".formatted(type, id, TOKEN, data);
    }

    private EndpointReply post(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(NOW.getEpochSecond());
        return endpoint.receive(discord.sign(timestamp, bytes), timestamp, bytes);
    }

    private static JsonNode json(EndpointReply reply) throws Exception {
        return JSON.readTree(reply.body());
    }

    @Test
    void aSignedPingIsAnsweredPong() throws Exception {
        EndpointReply reply = post("{\"type\":1,\"id\":\"1\",\"application_id\":\"100000000000000777\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(json(reply)).isEqualTo(JSON.readTree("{\"type\":1}"));
        assertThat(queued).isEmpty();
    }

    @Test
    void aRequestWithoutAValidSignatureIsRefusedBeforeItsBodyIsRead() throws Exception {
        byte[] notJson = "not json at all".getBytes(StandardCharsets.UTF_8);
        byte[] ping = "{\"type\":1}".getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(NOW.getEpochSecond());

        assertThat(endpoint.receive(discord.sign(timestamp, ping), timestamp, notJson).status()).isEqualTo(401);
        assertThat(endpoint.receive(DiscordTestKey.generate().sign(timestamp, ping), timestamp, ping).status())
                .isEqualTo(401);
        assertThat(endpoint.receive(null, timestamp, ping)).isEqualTo(EndpointReply.UNAUTHORIZED);
        assertThat(json(EndpointReply.UNAUTHORIZED)).isEqualTo(JSON.readTree("{\"error\":\"invalid request signature\"}"));
        assertThat(queued).isEmpty();
    }

    @Test
    void aSignedBodyThatIsNotAnInteractionIsABadRequest() {
        for (String body : new String[] {"not json", "[1]", "{\"type\":1}{}", "{\"type\":2}",
                "{\"type\":2,\"type\":1}"}) {
            assertThat(post(body)).as(body).isEqualTo(EndpointReply.NOT_AN_INTERACTION);
        }
        assertThat(queued).isEmpty();
    }

    @Test
    void aCommandIsQueuedAsTheGatewaysEnvelopeAndTheWorkersAnswerInTimeIsTheHttpResponse() throws Exception {
        String id = createdAgo(Duration.ZERO);
        worker = command -> assertThat(endpoint.acceptResponse(id, TOKEN, ANSWER)).isEqualTo(EndpointReply.TAKEN);

        EndpointReply reply = post(interaction(2, id, "{\"name\":\"position\"}"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(ANSWER);
        assertThat(queued).singleElement().satisfies(command -> {
            JsonNode envelope = JSON.readTree(command.envelope());
            assertThat(command.messageId()).isEqualTo(envelope.get("event_id").textValue());
            assertThat(envelope.at("/data/interaction_id").textValue()).isEqualTo(id);
            assertThat(envelope.at("/data/command_name").textValue()).isEqualTo("position");
            assertThat(envelope.at("/data/callback_url").textValue()).isEqualTo(CALLBACK.toString());
        });
        assertThat(endpoint.acceptResponse(id, TOKEN, ANSWER)).as("a second answer")
                .isEqualTo(EndpointReply.ALREADY_ACKNOWLEDGED);
    }

    @Test
    void withNoAnswerByTwoAndAHalfSecondsOfAgeTheEndpointDefersAndALateAnswerIsRefusedAsDiscordWould()
            throws Exception {
        String id = createdAgo(Duration.ofMillis(2500));

        EndpointReply reply = post(interaction(2, id, "{\"name\":\"position\"}"));

        assertThat(json(reply)).isEqualTo(JSON.readTree("{\"type\":5,\"data\":{\"flags\":64}}"));
        EndpointReply late = endpoint.acceptResponse(id, TOKEN, ANSWER);
        assertThat(late.status()).isEqualTo(400);
        assertThat(json(late)).isEqualTo(JSON.readTree(
                "{\"code\":40060,\"message\":\"Interaction has already been acknowledged.\"}"));
    }

    @Test
    void aClickIsDeferredAsAnUpdateAndAutocompleteGetsNoChoicesNeverADeferral() throws Exception {
        EndpointReply click = post(interaction(3, createdAgo(Duration.ofSeconds(3)),
                "{\"custom_id\":\"tg:alerts:toggle:987654321098765432:naib-alerts\",\"component_type\":2}"));
        EndpointReply autocomplete = post(interaction(4, createdAgo(Duration.ofMillis(3100)),
                "{\"name\":\"profile\",\"options\":[{\"name\":\"view\",\"type\":1,\"options\":"
                        + "[{\"name\":\"nym\",\"type\":3,\"value\":\"al\",\"focused\":true}]}]}"));

        assertThat(json(click)).isEqualTo(JSON.readTree("{\"type\":6}"));
        assertThat(json(autocomplete)).isEqualTo(JSON.readTree("{\"type\":8,\"data\":{\"choices\":[]}}"));
        assertThat(queued).hasSize(2);
    }

    @Test
    void whenTheWorkersCannotBeReachedTheMemberGetsANoticeNotSilence() throws Exception {
        brokerUp = false;

        EndpointReply command = post(interaction(2, createdAgo(Duration.ZERO), "{\"name\":\"position\"}"));
        EndpointReply autocomplete = post(interaction(4, createdAgo(Duration.ofMillis(1)),
                "{\"name\":\"badges\",\"options\":[{\"name\":\"nym\",\"type\":3,\"value\":\"\",\"focused\":true}]}"));

        assertThat(json(command).path("type").asInt()).isEqualTo(4);
        assertThat(json(command).at("/data/flags").asInt()).isEqualTo(64);
        assertThat(json(command).at("/data/content").asText()).contains("try again");
        assertThat(json(autocomplete)).isEqualTo(JSON.readTree("{\"type\":8,\"data\":{\"choices\":[]}}"));
    }

    @Test
    void theSameInteractionPostedAgainAfterItsResponseIsRefusedAndNotQueuedAgain() {
        String body = interaction(2, createdAgo(Duration.ofSeconds(3)), "{\"name\":\"position\"}");

        assertThat(post(body).status()).isEqualTo(200);
        assertThat(post(body)).isEqualTo(EndpointReply.ANSWERED_BEFORE);
        assertThat(queued).hasSize(1);
    }

    @Test
    void anAnswerForAnInteractionNotHeldHereOrWithAnotherTokenIsUnknown() throws Exception {
        String id = createdAgo(Duration.ZERO);
        worker = command -> {
            assertThat(endpoint.acceptResponse(id, TOKEN + "x", ANSWER)).isEqualTo(EndpointReply.UNKNOWN_INTERACTION);
            assertThat(endpoint.acceptResponse(createdAgo(Duration.ofSeconds(1)), TOKEN, ANSWER))
                    .isEqualTo(EndpointReply.UNKNOWN_INTERACTION);
            assertThat(endpoint.acceptResponse(id, TOKEN, ANSWER)).isEqualTo(EndpointReply.TAKEN);
        };

        assertThat(post(interaction(2, id, "{\"name\":\"position\"}")).body()).isEqualTo(ANSWER);
        assertThat(json(EndpointReply.UNKNOWN_INTERACTION)).isEqualTo(JSON.readTree(
                "{\"code\":10062,\"message\":\"Unknown interaction\"}"));
    }

    @Test
    void anAnswerThatIsNotAnInitialResponseIsRefusedAndLeavesTheInteractionWaiting() {
        String id = createdAgo(Duration.ZERO);
        worker = command -> {
            for (String odd : new String[] {"", "nonsense", "{}", "{\"type\":1}", "{\"type\":\"4\"}", "[4]"}) {
                assertThat(endpoint.acceptResponse(id, TOKEN, odd.getBytes(StandardCharsets.UTF_8))).as(odd)
                        .isEqualTo(EndpointReply.INVALID_FORM_BODY);
            }
            assertThat(endpoint.acceptResponse(id, TOKEN, ANSWER)).isEqualTo(EndpointReply.TAKEN);
        };

        assertThat(post(interaction(2, id, "{\"name\":\"position\"}")).body()).isEqualTo(ANSWER);
    }
}

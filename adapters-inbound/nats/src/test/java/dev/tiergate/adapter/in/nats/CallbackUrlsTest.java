package dev.tiergate.adapter.in.nats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.interaction.InteractionRequest;
import dev.tiergate.application.port.in.interaction.MemberCommand;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The {@code callback_url} an interaction may carry: taken only for loopback or an allowed host, and
 * anything else ignored — the interaction is still answered (through Discord), never dropped.
 */
class CallbackUrlsTest {

    private static final String APPLICATION_ID = "111111111111111111";
    private final GatewayEnvelopeParser parser = new GatewayEnvelopeParser();
    private final SlashCommandRouter router = new SlashCommandRouter(APPLICATION_ID,
            new CallbackUrls(Set.of("Tiergate-1.internal", "10.0.0.7")));

    private InteractionRequest routed(String callbackUrl) {
        String envelope = """
                {"event_id":"6f1c1d52-0000-4000-8000-000000000001","event_type":"interaction.create","shard_id":0,
                 "timestamp":1700000000000,"guild_id":"123456789012345678","channel_id":null,
                 "user_id":"987654321098765432",
                 "data":{"interaction_id":"1234567890123456789","interaction_type":"ApplicationCommand",
                         "interaction_token":"secret","command_name":"position","callback_url":%s}}
                """.formatted(callbackUrl);
        return switch (parser.parse(envelope.getBytes(StandardCharsets.UTF_8)).then(router::route)) {
            case Decoded.Accepted<InteractionRequest>(InteractionRequest request) -> request;
            case Decoded.Poison<InteractionRequest>(String reason) -> throw new AssertionError("poison: " + reason);
        };
    }

    @Test
    void aCallbackUrlOnLoopbackOrAnAllowedHostIsTakenWithoutItsTrailingSlash() {
        assertThat(routed("\"http://127.0.0.1:8080/internal/discord/interactions/\"").ref().callbackBase())
                .contains(URI.create("http://127.0.0.1:8080/internal/discord/interactions"));
        for (String url : new String[] {"http://localhost:9/x", "http://[::1]:8080/x", "http://127.8.9.10/x",
                "https://tiergate-1.internal/internal/discord/interactions", "http://TIERGATE-1.internal:8080/x",
                "http://10.0.0.7:8080/x"}) {
            assertThat(routed("\"" + url + "\"").ref().callbackBase()).as(url).isPresent();
        }
    }

    @Test
    void anythingElseIsIgnoredAndTheInteractionIsStillAnswered() {
        for (String value : new String[] {"\"http://evil.example/steal\"", "\"http://10.0.0.8/x\"",
                "\"ftp://127.0.0.1/x\"", "\"file:///etc/passwd\"", "\"http://user:pw@127.0.0.1/x\"",
                "\"http://127.0.0.1/x?to=evil\"", "\"http://127.0.0.1/x#f\"", "\"/relative/only\"", "\"not a url\"",
                "\"http://127.0.0.1/" + "x".repeat(600) + "\"", "\"http://localhost.evil.example/x\"",
                "\"http://127.0.0.1.nip.io/x\"", "42", "{\"url\":\"http://127.0.0.1\"}", "null"}) {
            InteractionRequest request = routed(value);
            assertThat(request.ref().callbackBase()).as(value).isEmpty();
            assertThat(request.command()).as(value).isEqualTo(new MemberCommand.ShowPosition());
        }
    }

    @Test
    void withoutACallbackUrlTheAnswerGoesToDiscord() {
        assertThat(new CallbackUrls(Set.of()).read(null, "1")).isEmpty();
        assertThat(new CallbackUrls(Set.of()).problem("http://127.0.0.1:8080/x")).isEqualTo(Optional.empty());
        assertThat(new CallbackUrls(Set.of()).problem("http://tiergate-1.internal/x")).isPresent();
    }
}

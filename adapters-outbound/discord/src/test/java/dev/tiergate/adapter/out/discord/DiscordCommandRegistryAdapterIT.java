package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.RecordedRequest;
import dev.tiergate.application.port.out.registration.CommandsNotRegisteredException;
import dev.tiergate.domain.command.CommandCatalog;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.testing.FreePort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bulk-overwrites the catalog over real loopback HTTP: route, bot authorisation, body, refusals, no token anywhere. */
@Timeout(10)
class DiscordCommandRegistryAdapterIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.Gx9f2a.registry-test-secret";
    private static final String APPLICATION = "100000000000000001";
    private static final CommunityId GUILD = new CommunityId("200000000000000002");
    private static final DiscordBotCredentials CREDENTIALS = new DiscordBotCredentials(APPLICATION, TOKEN);

    private final ObjectMapper json = new ObjectMapper();
    private final CapturedLogs logs = new CapturedLogs();
    private LocalDiscordStandIn discord;
    private DiscordCommandRegistryAdapter registry;

    @BeforeEach
    void start() {
        discord = LocalDiscordStandIn.start(0);
        registry = new DiscordCommandRegistryAdapter(new DiscordApiSettings(discord.baseUrl(), Duration.ofSeconds(2)),
                CREDENTIALS);
    }

    @AfterEach
    void stop() {
        registry.close();
        discord.close();
        logs.close();
        assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(TOKEN));
    }

    @Test
    void aGuildOverwritePutsEveryCatalogCommandToTheGuildRoute() throws IOException {
        registry.overwrite(Optional.of(GUILD), CommandCatalog.TIERGATE);

        RecordedRequest request = discord.awaitRequests(1, WAIT).getFirst();
        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.path()).isEqualTo("/api/v10/applications/" + APPLICATION + "/guilds/" + GUILD.value()
                + "/commands");
        JsonNode body = json.readTree(request.body());
        assertThat(body).hasSize(CommandCatalog.TIERGATE.size());
        assertThat(body.findValuesAsText("name")).contains("profile", "admin-badge", "directory");
        assertThat(body.get(0)).isEqualTo(json.readTree(DiscordHttp.write(
                ApplicationCommandRequest.from(CommandCatalog.TIERGATE.getFirst(), false))));
        assertThat(body.findValues("dm_permission")).as("guild commands carry no DM setting").isEmpty();
        assertThat(logs.lines()).contains("Discord now holds " + CommandCatalog.TIERGATE.size() + " slash commands for guild "
                + GUILD.value());
    }

    @Test
    void aGlobalOverwritePutsToTheApplicationRouteWithGuildOnlyContexts() throws IOException {
        registry.overwrite(Optional.empty(), CommandCatalog.TIERGATE);

        RecordedRequest request = discord.awaitRequests(1, WAIT).getFirst();
        assertThat(request.path()).isEqualTo("/api/v10/applications/" + APPLICATION + "/commands");
        JsonNode body = json.readTree(request.body());
        for (JsonNode command : body) {
            assertThat(command.path("type").asInt()).isEqualTo(1);
            assertThat(command.path("dm_permission").asBoolean(true)).isFalse();
            assertThat(command.path("contexts")).isEqualTo(json.readTree("[0]"));
        }
    }

    @Test
    void authorisesAsTheBotWithJsonAndDiscordsUserAgent() throws IOException {
        List<String> seen = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            synchronized (seen) {
                seen.add(exchange.getRequestMethod());
                seen.add(exchange.getRequestURI().getRawPath());
                seen.add(exchange.getRequestHeaders().getFirst("Authorization"));
                seen.add(exchange.getRequestHeaders().getFirst("Content-Type"));
                seen.add(exchange.getRequestHeaders().getFirst("User-Agent"));
                seen.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            }
            byte[] answer = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10");
        try (var direct = new DiscordCommandRegistryAdapter(new DiscordApiSettings(base, Duration.ofSeconds(2)),
                CREDENTIALS)) {
            direct.overwrite(Optional.of(GUILD), CommandCatalog.TIERGATE.subList(0, 2));
        } finally {
            server.stop(0);
        }

        synchronized (seen) {
            assertThat(seen.subList(0, 5)).containsExactly("PUT",
                    "/api/v10/applications/" + APPLICATION + "/guilds/" + GUILD.value() + "/commands",
                    "Bot " + TOKEN, "application/json", DiscordHttp.USER_AGENT);
            assertThat(json.readTree(seen.get(5)).findValuesAsText("name")).startsWith("profile", "view");
        }
    }

    static Stream<Arguments> discordRefusals() {
        return Stream.of(
                Arguments.of(401, "{\"message\":\"401: Unauthorized\",\"code\":0}",
                        List.of("the bot token was refused", "HTTP 401, code 0")),
                Arguments.of(403, "{\"message\":\"Missing Access\",\"code\":50001}",
                        List.of("may not manage", "HTTP 403, code 50001: Missing Access")),
                Arguments.of(400, "{\"message\":\"Invalid Form Body\",\"code\":50035,"
                        + "\"errors\":{\"0\":{\"name\":{\"_errors\":[{\"code\":\"APPLICATION_COMMAND_INVALID_NAME\"}]}}}}",
                        List.of("rejected", "HTTP 400, code 50035: Invalid Form Body", "APPLICATION_COMMAND_INVALID_NAME")),
                Arguments.of(429, "{\"message\":\"You are being rate limited.\",\"retry_after\":60.5,\"global\":false}",
                        List.of("rate limited, retry after 60.5 s", "HTTP 429")),
                Arguments.of(502, "<html>Bad gateway</html>", List.of("Discord failed", "HTTP 502")));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @MethodSource("discordRefusals")
    void aRefusalNamesRouteStatusAndCodeButNeverTheToken(int status, String body, List<String> said) {
        discord.failNext(status, body);

        CommandsNotRegisteredException e = catchThrowableOfType(CommandsNotRegisteredException.class,
                () -> registry.overwrite(Optional.of(GUILD), CommandCatalog.TIERGATE));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(said)
                .contains("PUT /applications/{application_id}/guilds/{guild_id}/commands", "guild " + GUILD.value())
                .doesNotContain(TOKEN);
        assertThat(e.toString()).doesNotContain(TOKEN);
    }

    @Test
    void anUnreachableDiscordIsATransportFailure() throws IOException {
        int closedPort = FreePort.onLoopback("nothing listening");
        URI base = URI.create("http://127.0.0.1:" + closedPort + "/api/v10");
        try (var unreachable = new DiscordCommandRegistryAdapter(new DiscordApiSettings(base, Duration.ofSeconds(1)),
                CREDENTIALS)) {
            CommandsNotRegisteredException e = catchThrowableOfType(CommandsNotRegisteredException.class,
                    () -> unreachable.overwrite(Optional.empty(), CommandCatalog.TIERGATE));

            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("transport failure", "PUT /applications/{application_id}/commands",
                    "all guilds (global)").doesNotContain(TOKEN);
        }
    }
}

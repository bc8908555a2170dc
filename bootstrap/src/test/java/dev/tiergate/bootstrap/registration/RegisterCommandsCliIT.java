package dev.tiergate.bootstrap.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.RecordedRequest;
import dev.tiergate.bootstrap.TiergateApplication;
import dev.tiergate.domain.command.CommandCatalog;
import dev.tiergate.domain.command.SlashCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** register-commands end to end against the loopback Discord stand-in: in-process and as the real main(). */
@Timeout(60)
class RegisterCommandsCliIT {

    private static final String TOKEN = "MTAwMDAw.cli-it.secret-token";
    private static final String APPLICATION = "100000000000000001";
    private static final String GUILD = "200000000000000002";

    private final ObjectMapper json = new ObjectMapper();
    private final LocalDiscordStandIn discord = LocalDiscordStandIn.start(0);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        discord.close();
    }

    @Test
    void registersTheWholeCatalogForOneGuildAndPrintsWhat() throws IOException {
        int code = run(List.of("--guild", GUILD));

        assertThat(code).isEqualTo(0);
        RecordedRequest request = discord.awaitRequests(1, Duration.ofSeconds(5)).getFirst();
        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.path()).isEqualTo("/api/v10/applications/" + APPLICATION + "/guilds/" + GUILD + "/commands");
        JsonNode body = json.readTree(request.body());
        assertThat(body).hasSize(CommandCatalog.TIERGATE.size());
        assertThat(body.findParents("default_member_permissions")).extracting(node -> node.path("name").asText())
                .containsExactly("admin-stats", "admin-badge", "admin-roles");
        String names = String.join(" ", CommandCatalog.TIERGATE.stream().map(c -> "/" + c.name()).toList());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Registered " + CommandCatalog.TIERGATE.size()
                + " slash commands for guild " + GUILD + ": " + names + System.lineSeparator());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void withoutAGuildRegistersGlobally() {
        assertThat(run(List.of())).isEqualTo(0);

        assertThat(discord.requests()).extracting(RecordedRequest::path)
                .containsExactly("/api/v10/applications/" + APPLICATION + "/commands");
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Registered " + CommandCatalog.TIERGATE.size() + " slash commands globally");
    }

    @Test
    void aRefusalExitsWithOneNamingStatusAndCodeButNotTheToken() {
        discord.failNext(401, "{\"message\":\"401: Unauthorized\",\"code\":0}");

        assertThat(run(List.of("--guild", GUILD))).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Command registration failed:",
                "the bot token was refused", "HTTP 401, code 0").doesNotContain(TOKEN);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theServiceJarsMainRunsTheSubCommandWithoutNatsPostgresOrRedis() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TiergateApplication.class.getName(),
                "register-commands", "--guild", GUILD).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("DATABASE_") || name.startsWith("NATS_")
                || name.startsWith("REDIS_") || name.startsWith("DISCORD_") || name.startsWith("TIERGATE_"));
        env.putAll(environment());
        // Unreachable service addresses prove the sub-command never touches them.
        env.putAll(Map.of("NATS_URL", "nats://127.0.0.1:9", "DATABASE_URL", "jdbc:postgresql://127.0.0.1:9/x",
                "REDIS_URL", "redis://127.0.0.1:9"));

        Process process = builder.start();
        boolean exited = process.waitFor(45, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(exited).as("exits by itself").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Registered " + CommandCatalog.TIERGATE.size() + " slash commands for guild " + GUILD + ": /profile")
                .doesNotContain(TOKEN).doesNotContain("Startup completed");
        assertThat(discord.requests()).hasSize(1).allSatisfy(request -> assertThat(request.method()).isEqualTo("PUT"));
        assertThat(json.readTree(discord.requests().getFirst().body()).findValuesAsText("name"))
                .contains(CommandCatalog.TIERGATE.stream().map(SlashCommand::name).toArray(String[]::new));
    }

    private int run(List<String> args) {
        return RegisterCommandsCli.run(args, environment(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Map<String, String> environment() {
        return Map.of("DISCORD_BOT_TOKEN", TOKEN, "DISCORD_APPLICATION_ID", APPLICATION,
                "DISCORD_API_URL", discord.baseUrl().toString());
    }
}

package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.adapter.out.postgres.TestDatabase;
import dev.tiergate.bootstrap.config.TiergateSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * C11: a full run of the service (start-up, scores by member and by wallet, every kind of interaction,
 * poison, scrapes of /metrics with and without its token, calls to the admin API and the Discord HTTP
 * endpoint carrying credentials, shutdown), then a search of every log line it wrote for each secret
 * the run used. None may appear.
 */
class SecretsInLogsSystemIT {

    private static final String GUILD = "733000000000000001";
    private static final String ADMIN = "\"member_permissions\":\"8\"";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static String user(int n) {
        return Long.toString(733_100_000_000_000_000L + n);
    }

    @Test
    void noLogLineOfAFullRunCarriesASecretItUsed() throws Exception {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("bot token", "bot." + random(24));
        secrets.put("metrics token", random(32));
        secrets.put("NATS password", random(24));
        secrets.put("database password", databasePassword());
        secrets.put("API key in a header", "tg_" + random(32));
        secrets.put("API key in a query string", "tg_" + random(32));
        secrets.put("wallet", "0x" + HexFormat.of().formatHex(bytes(20)));
        secrets.put("wallet of a poison batch", "0x" + HexFormat.of().formatHex(bytes(20)));
        Map<String, String> environment = new HashMap<>(Map.of("DISCORD_BOT_TOKEN", secrets.get("bot token"),
                "METRICS_TOKEN", secrets.get("metrics token"), "NATS_USER", "tiergate",
                "NATS_PASSWORD", secrets.get("NATS password"), "DATABASE_PASSWORD", secrets.get("database password")));
        List<GatewayMessage> interactions = new ArrayList<>();

        List<String> lines;
        try (CapturedLogs logs = new CapturedLogs()) {
            try (RunningTiergate tiergate = new RunningTiergate(environment)) {
                RankedCommunity.seed(tiergate, GUILD, 20, SecretsInLogsSystemIT::user, n -> Integer.toString(500 - n));
                publishWalletScores(tiergate, secrets.get("wallet"), "12.5");
                publishWalletScores(tiergate, secrets.get("wallet of a poison batch"), "-1");
                answerEveryKindOfInteraction(tiergate, interactions);
                GatewayMessage poison = GatewayMessage.interaction(GUILD, user(3), "\"command_name\":\"position\"");
                interactions.add(poison);
                tiergate.client.jetStream().publish("commands.interaction", poison.json()
                        .replace("\"shard_id\":0", "\"shard_id\":\"zero\"").getBytes(StandardCharsets.UTF_8));
                callEveryHttpDoorWithCredentials(tiergate, secrets);
                Eventually.await("the poison interaction and score batch dead-lettered",
                        () -> logs.lines().stream().filter(line -> line.contains("dead-lettered")).count() >= 2);
            }
            lines = logs.lines();
        }

        assertThat(lines).as("the run was logged, from start to shutdown")
                .anyMatch(line -> line.startsWith(ServiceProcess.CONSUMING))
                .anyMatch(line -> line.contains("discord-stand-in reply to interaction"))
                .anyMatch(line -> line.contains("dead-lettered"));
        interactions.forEach(i -> secrets.put("interaction token of " + i.interactionId(), i.token()));
        secrets.forEach((what, secret) -> assertThat(lines).as("no log line carries the " + what)
                .noneMatch(line -> line.contains(secret)));
    }

    /** Slash commands of every kind, an admin's award, an autocomplete and a click, each answered. */
    private static void answerEveryKindOfInteraction(RunningTiergate tiergate, List<GatewayMessage> sent)
            throws Exception {
        List<GatewayMessage> commands = List.of(
                GatewayMessage.interaction(GUILD, user(5), "\"command_name\":\"position\""),
                GatewayMessage.interaction(GUILD, user(6), "\"command_name\":\"threshold\""),
                GatewayMessage.interaction(GUILD, user(7), "\"command_name\":\"profile\",\"subcommand\":\"view\",\"options\":{}"),
                GatewayMessage.interaction(GUILD, user(8), "\"command_name\":\"profile\",\"subcommand\":\"edit\","
                        + "\"options\":{\"bio\":\"spice\"}"),
                GatewayMessage.interaction(GUILD, user(9), "\"command_name\":\"leaderboard\",\"subcommand\":\"score\""),
                GatewayMessage.interaction(GUILD, user(10), "\"command_name\":\"directory\""),
                GatewayMessage.interaction(GUILD, user(11), "\"command_name\":\"badges\",\"options\":{}"),
                GatewayMessage.interaction(GUILD, user(12), "\"command_name\":\"stats\""),
                GatewayMessage.interaction(GUILD, user(13), "\"command_name\":\"alerts\""),
                GatewayMessage.interaction(GUILD, user(14), "\"command_name\":\"naib\",\"subcommand\":\"overview\""),
                GatewayMessage.interaction(GUILD, user(1), "\"command_name\":\"admin-stats\"," + ADMIN),
                GatewayMessage.interaction(GUILD, user(1), "\"command_name\":\"admin-badge\",\"subcommand\":\"award\","
                        + "\"options\":{\"nym\":\"fremen6\",\"badge\":\"helper\",\"reason\":\"answers\"}," + ADMIN),
                GatewayMessage.interaction(GUILD, user(15), "ApplicationCommandAutocomplete",
                        "\"command_name\":\"badges\",\"focused\":\"nym\",\"options\":{\"nym\":\"frem\"}"),
                GatewayMessage.interaction(GUILD, user(10), "MessageComponent",
                        "\"custom_id\":\"tg:directory:next:" + user(10) + "\""));
        for (GatewayMessage command : commands) {
            tiergate.publish("commands.interaction", command);
            DiscordAnswers.answerTo(tiergate, command);
            sent.add(command);
        }
    }

    /** /metrics without, with a wrong and with the right token; the admin API and the Discord endpoint with credentials. */
    private static void callEveryHttpDoorWithCredentials(RunningTiergate tiergate, Map<String, String> secrets)
            throws Exception {
        TiergateSettings settings = tiergate.bean(TiergateSettings.class);
        int management = settings.management().port();
        assertThat(RunningTiergate.send(management, "/metrics").statusCode()).isEqualTo(401);
        assertThat(RunningTiergate.send(management, "/metrics", "Authorization", "Bearer " + random(32)).statusCode())
                .isEqualTo(401);
        assertThat(tiergate.scrape()).contains("tiergate_interactions_total");
        String key = secrets.get("API key in a header");
        assertThat(RunningTiergate.send(settings.httpPort(), "/api/v1/communities/" + GUILD, "Authorization",
                "Bearer " + key).statusCode()).isBetween(400, 499);
        assertThat(RunningTiergate.send(settings.httpPort(), "/api/v1/communities/" + GUILD + "?api_key="
                + secrets.get("API key in a query string")).statusCode()).isBetween(400, 499);
        String token = "tok-" + UUID.randomUUID();
        secrets.put("interaction token sent to the HTTP endpoint", token);
        String body = """
                {"type":2,"id":"%s","application_id":"%s","token":"%s","guild_id":"%s","data":{"name":"position"}}"""
                .formatted(Long.toString(733_200_000_000_000_000L), RunningTiergate.APPLICATION_ID, token, GUILD);
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + settings.httpPort() + "/discord/interactions"))
                    .header("Content-Type", "application/json")
                    .header("X-Signature-Ed25519", "00".repeat(64))
                    .header("X-Signature-Timestamp", Long.toString(Instant.now().getEpochSecond()))
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as("an unsigned interaction is refused").isBetween(400, 499);
        }
    }

    /** A score batch naming a member by wallet only; a negative score makes the batch poison. */
    private static void publishWalletScores(RunningTiergate tiergate, String wallet, String score) throws Exception {
        long asOf = Instant.now().toEpochMilli();
        String json = """
                {"event_id":"%s","event_type":"score.update","shard_id":0,"timestamp":%d,
                 "guild_id":"%s","channel_id":null,"user_id":null,
                 "data":{"as_of":%d,"entries":[{"wallet":"%s","score":"%s"}]}}
                """.formatted(UUID.randomUUID(), asOf, GUILD, asOf, wallet, score);
        tiergate.client.jetStream().publish("eligibility.scores", json.getBytes(StandardCharsets.UTF_8));
    }

    /** The test database's own password if it has one, else one PostgreSQL's trust authentication never asks for. */
    private static String databasePassword() {
        Object own = TestDatabase.micronautProperties().get("datasources.default.password");
        return own == null || own.toString().isEmpty() ? random(24) : own.toString();
    }

    private static String random(int bytes) {
        return HexFormat.of().formatHex(bytes(bytes));
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}

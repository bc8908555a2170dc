package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.adapter.in.http.discord.DiscordTestKey;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.RecordedRequest;
import dev.tiergate.bootstrap.config.TiergateSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Discord's HTTP interactions endpoint end to end, with no gateway at all: requests signed with a test
 * key pair (its public key is the service's DISCORD_PUBLIC_KEY) posted to {@code /discord/interactions},
 * handed to the workers over a real NATS, answered from a real PostgreSQL, and the answer returned as
 * the HTTP response — or, when it comes too late, deferred there and edited in at the fake Discord.
 */
class HttpInteractionsSystemIT {

    private static final String GUILD = "888888888888888888";
    private static final int MEMBERS = 40;
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DiscordTestKey DISCORD = DiscordTestKey.generate();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final List<String> TOKENS = new ArrayList<>();
    private static RunningTiergate tiergate;
    private static CapturedLogs logs;
    private static HttpClient http;

    private static String user(int n) {
        return Long.toString(800_000_000_000_000_000L + n);
    }

    /** Member n scores (1000 − 10n).5, so its rank is n. */
    @BeforeAll
    static void startWithoutAGatewayButWithDiscordsPublicKey() throws Exception {
        logs = new CapturedLogs();
        tiergate = new RunningTiergate(Map.of("DISCORD_PUBLIC_KEY", DISCORD.publicKeyHex()));
        RankedCommunity.seed(tiergate, GUILD, MEMBERS, HttpInteractionsSystemIT::user, n -> (1000 - 10 * n) + ".5");
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() throws Exception {
        http.close();
        tiergate.close();
        logs.close();
        for (String token : TOKENS) {
            assertThat(logs.lines()).as("no log line carries an interaction token").noneMatch(line -> line.contains(token));
        }
    }

    /** A Discord interaction of {@code type} by member {@code member}, created {@code age} ago, with its own token. */
    private static Interaction interaction(int type, int member, Duration age, String data) {
        long created = Instant.now().minus(age).toEpochMilli();
        String id = Long.toString(((created - DISCORD_EPOCH_MILLIS) << 22) | (SEQUENCE.incrementAndGet() & 0xFFF));
        String token = "http-token-" + UUID.randomUUID();
        TOKENS.add(token);
        String body = """
                {"type":%d,"id":"%s","token":"%s","application_id":"%s","guild_id":"%s","channel_id":"%s",
                 "member":{"user":{"id":"%s"},"permissions":"0","roles":[]},"locale":"en-US","data":%s}"""
                .formatted(type, id, token, RunningTiergate.APPLICATION_ID, GUILD, GUILD, user(member), data);
        return new Interaction(id, token, body.getBytes(StandardCharsets.UTF_8));
    }

    private record Interaction(String id, String token, byte[] body) {
    }

    private static HttpResponse<String> post(byte[] body, String... headers) throws Exception {
        int port = tiergate.bean(TiergateSettings.class).httpPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/discord/interactions"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts as Discord does: signed now over timestamp and body. */
    private static HttpResponse<String> signed(byte[] body) throws Exception {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return post(body, "X-Signature-Ed25519", DISCORD.sign(timestamp, body), "X-Signature-Timestamp", timestamp);
    }

    /** What the fake Discord received for this interaction: callbacks name its id, edits its token. */
    private static List<RecordedRequest> atDiscord(Interaction interaction) {
        return tiergate.discord.requests().stream().filter(r -> r.path().contains("/" + interaction.id() + "/")
                || r.path().contains(interaction.token())).toList();
    }

    @Test
    void aSignedPingIsAnsweredPong() throws Exception {
        HttpResponse<String> pong = signed("{\"type\":1,\"id\":\"1\",\"application_id\":\"1\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(pong.statusCode()).isEqualTo(200);
        assertThat(pong.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(JSON.readTree(pong.body())).isEqualTo(JSON.readTree("{\"type\":1}"));
    }

    @Test
    void aRequestWithoutDiscordsValidFreshSignatureIsRefusedWith401() throws Exception {
        byte[] ping = "{\"type\":1}".getBytes(StandardCharsets.UTF_8);
        String now = Long.toString(Instant.now().getEpochSecond());
        String stale = Long.toString(Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond());

        List<HttpResponse<String>> refused = List.of(
                post(ping),
                post(ping, "X-Signature-Timestamp", now),
                post(ping, "X-Signature-Ed25519", DISCORD.sign(now, ping)),
                post(ping, "X-Signature-Ed25519", DiscordTestKey.generate().sign(now, ping), "X-Signature-Timestamp", now),
                post(ping, "X-Signature-Ed25519", "zz" + DISCORD.sign(now, ping).substring(2), "X-Signature-Timestamp", now),
                post(ping, "X-Signature-Ed25519", DISCORD.sign(stale, ping), "X-Signature-Timestamp", stale),
                post("{\"type\":2}".getBytes(StandardCharsets.UTF_8),
                        "X-Signature-Ed25519", DISCORD.sign(now, ping), "X-Signature-Timestamp", now));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"error\":\"invalid request signature\"}"));
        });
    }

    @Test
    void aBodyOverSixtyFourKibibytesIsRefusedWith413() throws Exception {
        byte[] large = ("{\"type\":1,\"pad\":\"" + "x".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = signed(large);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"error\":\"request body too large\"}"));
        assertThat(response.headers().firstValue("connection")).as("the unread rest of the body is not taken for"
                + " another request: the connection closes").hasValue("close");
        assertThat(post("{\"type\":1}".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(401);
    }

    @Test
    void aCommandAnsweredInTimeIsAnsweredInTheHttpResponseAndNothingReachesDiscord() throws Exception {
        Interaction position = interaction(2, 12, Duration.ZERO, "{\"id\":\"1\",\"name\":\"position\",\"type\":1}");

        HttpResponse<String> response = signed(position.body());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("type").asInt()).isEqualTo(4);
        assertThat(answer.at("/data/flags").asInt()).as("/position shows only to the member").isEqualTo(64);
        assertThat(answer.at("/data/embeds/0/description").asText()).contains("fremen12").contains("#12");
        Thread.sleep(1000); // a callback or edit sent to Discord would arrive in this time
        assertThat(atDiscord(position)).as("the HTTP response was the initial response").isEmpty();
    }

    @Test
    void autocompleteIsAnsweredInTheHttpResponse() throws Exception {
        Interaction suggest = interaction(4, 13, Duration.ZERO, """
                {"id":"1","name":"profile","type":1,"options":[{"name":"view","type":1,"options":[
                  {"name":"nym","type":3,"value":"FREMEN3","focused":true}]}]}""");

        JsonNode answer = JSON.readTree(signed(suggest.body()).body());

        assertThat(answer.get("type").asInt()).isEqualTo(8);
        List<String> values = new ArrayList<>();
        answer.at("/data/choices").forEach(choice -> values.add(choice.get("value").asText()));
        assertThat(values).contains("fremen3").allMatch(nym -> nym.startsWith("fremen3"));
        assertThat(atDiscord(suggest)).isEmpty();
    }

    /** Discord took 2.6 s to deliver it: no answer can reach the endpoint in time, so it defers and the worker edits. */
    @Test
    void aCommandThatArrivesLateIsDeferredInTheHttpResponseAndTheOriginalIsEditedAtDiscord() throws Exception {
        Interaction late = interaction(2, 14, Duration.ofMillis(2600), "{\"id\":\"1\",\"name\":\"position\",\"type\":1}");

        HttpResponse<String> response = signed(late.body());

        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"type\":5,\"data\":{\"flags\":64}}"));
        RecordedRequest edit = awaitOne(late);
        assertThat(edit.method()).isEqualTo("PATCH");
        assertThat(edit.path()).isEqualTo("/api/v10/webhooks/" + RunningTiergate.APPLICATION_ID + "/" + late.token()
                + "/messages/@original");
        assertThat(JSON.readTree(edit.body()).at("/embeds/0/description").asText()).contains("fremen14").contains("#14");
    }

    private static RecordedRequest awaitOne(Interaction interaction) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (atDiscord(interaction).isEmpty()) {
            assertThat(System.nanoTime()).as("the original was edited in time").isLessThan(deadline);
            Thread.sleep(25);
        }
        Thread.sleep(500); // a second request for it would arrive in this time
        assertThat(atDiscord(interaction)).as("one request only: the edit").hasSize(1);
        return atDiscord(interaction).getFirst();
    }
}

package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.BotRequest;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.RecordedRequest;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.ScriptedAnswer;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Talks raw HTTP to the stand-in: Discord-like answers for every route, staged failures, recording and bounded waiting. */
@Timeout(10)
class LocalDiscordStandInIT {

    private static final String TOKEN = "c3RhbmQtaW4tdG9rZW4";

    private final ObjectMapper json = new ObjectMapper();
    private final CapturedLogs logs = new CapturedLogs();
    private final LocalDiscordStandIn discord = LocalDiscordStandIn.start(0);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stop() {
        http.close();
        discord.close();
        logs.close();
        assertThat(logs.lines()).noneMatch(line -> line.contains(TOKEN));
    }

    @Test
    void servesTheApiOnLoopbackUnderApiV10() {
        URI base = discord.baseUrl();

        assertThat(base.getHost()).isEqualTo("127.0.0.1");
        assertThat(base.getPort()).isPositive();
        assertThat(base.getPath()).isEqualTo("/api/v10");
    }

    @Test
    void answersACallbackWith204AndAnEditWith200AndTheMessage() throws Exception {
        HttpResponse<String> callback = send("POST", "/interactions/42/" + TOKEN + "/callback", "{\"type\":5}");
        HttpResponse<String> edit = send("PATCH", "/webhooks/7/" + TOKEN + "/messages/@original",
                "{\"embeds\":[{\"title\":\"Done\"}]}");

        assertThat(callback.statusCode()).isEqualTo(204);
        assertThat(edit.statusCode()).isEqualTo(200);
        JsonNode message = json.readTree(edit.body());
        assertThat(message.path("id").asText()).isNotBlank();
        assertThat(message.path("embeds").get(0).path("title").asText()).isEqualTo("Done");
        assertThat(discord.requests()).containsExactly(
                new RecordedRequest("POST", "/api/v10/interactions/42/" + TOKEN + "/callback", "{\"type\":5}"),
                new RecordedRequest("PATCH", "/api/v10/webhooks/7/" + TOKEN + "/messages/@original",
                        "{\"embeds\":[{\"title\":\"Done\"}]}"));
    }

    @Test
    void answersWhatWasPostedForOneInteractionWithoutRecordingTheRead() throws Exception {
        send("POST", "/interactions/42/" + TOKEN + "/callback", "{\"type\":5,\"data\":{\"flags\":64}}");
        send("PATCH", "/webhooks/7/" + TOKEN + "/messages/@original", "{\"embeds\":[{\"title\":\"Done\"}]}");
        send("POST", "/interactions/43/other-token/callback", "{\"type\":4,\"data\":{\"content\":\"no\"}}");

        HttpResponse<String> answers = http.send(HttpRequest.newBuilder(discord.baseUrl().resolve(
                "/stand-in/interactions/" + TOKEN)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answers.statusCode()).isEqualTo(200);
        assertThat(json.readTree(answers.body())).isEqualTo(json.readTree("""
                {"answers":[{"kind":"callback","type":5,"data":{"flags":64}},
                            {"kind":"edit","data":{"embeds":[{"title":"Done"}]}}]}"""));
        assertThat(discord.requests()).hasSize(3).noneMatch(request -> request.method().equals("GET"));
    }

    @Test
    void refusesASecondCallbackForTheSameInteractionWith40060() throws Exception {
        send("POST", "/interactions/42/" + TOKEN + "/callback", "{\"type\":5}");

        HttpResponse<String> second = send("POST", "/interactions/42/" + TOKEN + "/callback", "{\"type\":4}");

        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(json.readTree(second.body()).path("code").asInt()).isEqualTo(40060);
    }

    @Test
    void acceptsUpdatesDeferredUpdatesAndAutocompleteResultsAsInitialResponses() throws Exception {
        assertThat(send("POST", "/interactions/1/" + TOKEN + "a/callback",
                "{\"type\":7,\"data\":{\"embeds\":[],\"components\":[]}}").statusCode()).isEqualTo(204);
        assertThat(send("POST", "/interactions/2/" + TOKEN + "b/callback", "{\"type\":6}").statusCode())
                .isEqualTo(204);
        assertThat(send("POST", "/interactions/3/" + TOKEN + "c/callback",
                "{\"type\":8,\"data\":{\"choices\":[{\"name\":\"a\",\"value\":\"a\"}]}}").statusCode())
                .isEqualTo(204);

        assertThat(send("POST", "/interactions/2/" + TOKEN + "b/callback", "{\"type\":7}").statusCode())
                .as("a deferred update is the one initial response").isEqualTo(400);
    }

    @Test
    void refusesMoreThan25SuggestionsLikeDiscord() throws Exception {
        String choices = String.join(",", Collections.nCopies(26, "{\"name\":\"a\",\"value\":\"a\"}"));

        HttpResponse<String> response = send("POST", "/interactions/4/" + TOKEN + "/callback",
                "{\"type\":8,\"data\":{\"choices\":[" + choices + "]}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("code").asInt()).isEqualTo(50035);
    }

    @Test
    void anEditAnswersWithTheMessageAndItsComponents() throws Exception {
        HttpResponse<String> edit = send("PATCH", "/webhooks/7/" + TOKEN + "/messages/@original",
                "{\"embeds\":[],\"components\":[{\"type\":1,\"components\":[]}]}");

        assertThat(json.readTree(edit.body()).path("components").get(0).path("type").asInt()).isEqualTo(1);
    }

    @Test
    void aCommandOverwriteAnswersWithTheCommandsItNowHoldsEachWithAnId() throws Exception {
        HttpResponse<String> response = send("PUT", "/applications/100000000000000001/guilds/200000000000000002/commands",
                "[{\"name\":\"position\",\"description\":\"d\",\"type\":1}]", "Bot " + TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode held = json.readTree(response.body());
        assertThat(held).hasSize(1);
        assertThat(held.get(0).path("name").asText()).isEqualTo("position");
        assertThat(held.get(0).path("id").asText()).matches("\\d+");
        assertThat(held.get(0).path("guild_id").asText()).isEqualTo("200000000000000002");
        assertThat(logs.lines()).contains(
                "discord-stand-in registered 1 commands for guild 200000000000000002: /position");
    }

    @Test
    void aCommandOverwriteWithoutABotTokenIsUnauthorised() throws Exception {
        HttpResponse<String> response = send("PUT", "/applications/100000000000000001/commands", "[]");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void answersAnUnknownRouteWith404Json() throws Exception {
        HttpResponse<String> response = send("GET", "/users/@me", "");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(json.readTree(response.body()).path("message").asText()).isEqualTo("404: Not Found");
        assertThat(discord.requests()).extracting(RecordedRequest::path).containsExactly("/api/v10/users/@me");
    }

    @Test
    void answersInvalidJsonWith400AndCode50109() throws Exception {
        HttpResponse<String> response = send("POST", "/interactions/42/" + TOKEN + "/callback", "{not json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("code").asInt()).isEqualTo(50109);
    }

    @Test
    void aStagedFailureAnswersOnlyTheNextRequest() throws Exception {
        discord.failNext(503, "{\"message\":\"upstream\",\"code\":0}");

        HttpResponse<String> first = send("POST", "/interactions/42/" + TOKEN + "/callback", "{\"type\":5}");
        HttpResponse<String> second = send("POST", "/interactions/42/" + TOKEN + "/callback", "{\"type\":5}");

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.body()).isEqualTo("{\"message\":\"upstream\",\"code\":0}");
        assertThat(second.statusCode()).as("the failed callback did not acknowledge").isEqualTo(204);
    }

    @Test
    void awaitRequestsReturnsWhatIsThereWhenTheTimeoutPasses() {
        long started = System.nanoTime();

        List<RecordedRequest> requests = discord.awaitRequests(1, Duration.ofMillis(200));

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(requests).isEmpty();
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(150)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void awaitRequestsWakesAsSoonAsEnoughRequestsArrive() throws Exception {
        Thread sender = Thread.startVirtualThread(() -> {
            try {
                Thread.sleep(100);
                send("POST", "/interactions/1/" + TOKEN + "/callback", "{\"type\":5}");
                send("POST", "/interactions/2/" + TOKEN + "x/callback", "{\"type\":5}");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long started = System.nanoTime();

        List<RecordedRequest> requests = discord.awaitRequests(2, Duration.ofSeconds(5));

        assertThat(requests).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        assertThat(sender.join(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void keepsEachMembersRolesThroughSingleRoleAddsAndRemovesWith204() throws Exception {
        String member = "/guilds/200000000000000002/members/300000000000000003/roles/";

        assertThat(send("PUT", member + "400000000000000004", "", "Bot " + TOKEN).statusCode()).isEqualTo(204);
        assertThat(send("PUT", member + "400000000000000005", "", "Bot " + TOKEN).statusCode()).isEqualTo(204);
        assertThat(send("DELETE", member + "400000000000000004", "", "Bot " + TOKEN).statusCode()).isEqualTo(204);

        assertThat(discord.rolesOf(new CommunityId("200000000000000002"), new UserId("300000000000000003")))
                .containsExactly("400000000000000005");
        assertThat(discord.rolesOf(new CommunityId("200000000000000002"), new UserId("300000000000000009"))).isEmpty();
        assertThat(discord.botRequests()).extracting(BotRequest::method).containsExactly("PUT", "PUT", "DELETE");
    }

    @Test
    void aRoleChangeWithoutABotTokenIsUnauthorisedAndChangesNothing() throws Exception {
        HttpResponse<String> response = send("PUT",
                "/guilds/200000000000000002/members/300000000000000003/roles/400000000000000004", "");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(discord.rolesOf(new CommunityId("200000000000000002"), new UserId("300000000000000003"))).isEmpty();
        assertThat(discord.botRequests()).isEmpty();
    }

    @Test
    void logsTheDecodedAuditLogReasonOfARoleChange() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(discord.baseUrl()
                        + "/guilds/200000000000000002/members/300000000000000003/roles/400000000000000004"))
                .header("Authorization", "Bot " + TOKEN).header("X-Audit-Log-Reason", "Reached%20Spice%20%E2%86%92")
                .PUT(HttpRequest.BodyPublishers.noBody()).build();

        http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(logs.lines()).contains("discord-stand-in gave role 400000000000000004 to member 300000000000000003"
                + " in guild 200000000000000002 (audit log: Reached Spice →)");
    }

    @Test
    void aRouteBucketCountsDownItsTenCallsThenAnswers429WithTheWaitToItsReset() throws Exception {
        String route = "/guilds/200000000000000002/members/300000000000000003/roles/40000000000000000";
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int call = 0; call < 11; call++) {
            answers.add(send("PUT", route + call, "", "Bot " + TOKEN));
        }

        HttpResponse<String> first = answers.getFirst();
        assertThat(first.headers().firstValue("X-RateLimit-Limit")).hasValue("10");
        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).hasValue("9");
        assertThat(first.headers().firstValue("X-RateLimit-Bucket")).isPresent();
        assertThat(Double.parseDouble(first.headers().firstValue("X-RateLimit-Reset-After").orElseThrow()))
                .isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
        assertThat(answers.get(9).headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        HttpResponse<String> limited = answers.get(10);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("X-RateLimit-Scope")).hasValue("user");
        assertThat(json.readTree(limited.body()).path("retry_after").asDouble()).isGreaterThan(0).isLessThanOrEqualTo(1);
        HttpResponse<String> otherGuild = send("PUT",
                "/guilds/200000000000000007/members/300000000000000003/roles/400000000000000004", "", "Bot " + TOKEN);
        assertThat(otherGuild.headers().firstValue("X-RateLimit-Remaining")).as("a bucket per guild").hasValue("9");
    }

    @Test
    void moreThan50BotCallsInASecondMeetAGlobal429ButCallbacksAreExempt() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int call = 0; call < 51; call++) {
            statuses.add(send("PUT", "/guilds/2000000000000001" + (10 + call) + "/members/300000000000000003/roles/"
                    + "400000000000000004", "", "Bot " + TOKEN).statusCode());
        }
        HttpResponse<String> callback = send("POST", "/interactions/42/" + TOKEN + "/callback", "{\"type\":5}");

        assertThat(statuses.subList(0, 50)).containsOnly(204);
        assertThat(statuses.get(50)).isEqualTo(429);
        assertThat(discord.botRequests().getLast().status()).isEqualTo(429);
        assertThat(callback.statusCode()).as("exempt from the global limit").isEqualTo(204);
        assertThat(callback.headers().firstValue("X-RateLimit-Remaining")).as("but in a bucket of its own").hasValue("9");
    }

    @Test
    void editsOfOneInteractionShareABucketOfTheirOwn() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int edit = 0; edit <= StandInRateLimits.BUCKET_LIMIT; edit++) {
            statuses.add(send("PATCH", "/webhooks/5678/" + TOKEN + "/messages/@original", "{\"embeds\":[]}").statusCode());
        }
        HttpResponse<String> other = send("PATCH", "/webhooks/5678/" + TOKEN + "other/messages/@original", "{}");

        assertThat(statuses.subList(0, StandInRateLimits.BUCKET_LIMIT)).containsOnly(200);
        assertThat(statuses.getLast()).isEqualTo(429);
        assertThat(other.statusCode()).as("another interaction's bucket").isEqualTo(200);
        assertThat(other.headers().firstValue("X-RateLimit-Bucket")).isPresent();
        assertThat(discord.botRequests()).as("no bot token was used").isEmpty();
    }

    @Test
    void aScriptedAnswerServesMatchingRoutesTheScriptedNumberOfTimes() throws Exception {
        discord.script("PUT /guilds/\\d+/members/\\d+/roles/400000000000000004", 2,
                ScriptedAnswer.rateLimited(Duration.ofMillis(1500), "shared"));
        String route = "/guilds/200000000000000002/members/300000000000000003/roles/";

        HttpResponse<String> first = send("PUT", route + "400000000000000004", "", "Bot " + TOKEN);
        HttpResponse<String> other = send("PUT", route + "400000000000000005", "", "Bot " + TOKEN);
        HttpResponse<String> second = send("PUT", route + "400000000000000004", "", "Bot " + TOKEN);
        HttpResponse<String> third = send("PUT", route + "400000000000000004", "", "Bot " + TOKEN);

        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(json.readTree(first.body()).path("retry_after").asDouble()).isEqualTo(1.5);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(first.headers().firstValue("X-RateLimit-Scope")).hasValue("shared");
        assertThat(first.headers().firstValue("X-RateLimit-Bucket")).isPresent();
        assertThat(List.of(other.statusCode(), second.statusCode(), third.statusCode())).containsExactly(204, 429, 204);
    }

    @Test
    void aRefusedRoleIsForbiddenWithMissingPermissionsEveryTime() throws Exception {
        discord.refuseRole("400000000000000004");
        String route = "/guilds/200000000000000002/members/300000000000000003/roles/400000000000000004";

        HttpResponse<String> add = send("PUT", route, "", "Bot " + TOKEN);
        HttpResponse<String> remove = send("DELETE", route, "", "Bot " + TOKEN);

        assertThat(add.statusCode()).isEqualTo(403);
        assertThat(remove.statusCode()).isEqualTo(403);
        assertThat(json.readTree(add.body()).path("code").asInt()).isEqualTo(50013);
        assertThat(add.headers().firstValue("X-RateLimit-Remaining")).as("a 403 still counts against the bucket")
                .hasValue("9");
    }

    private HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        return send(method, path, body, null);
    }

    private HttpResponse<String> send(String method, String path, String body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(discord.baseUrl() + path))
                .timeout(Duration.ofSeconds(2))
                .header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

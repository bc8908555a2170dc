package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.application.port.in.apikey.CreateApiKeyCommand;
import dev.tiergate.application.port.in.apikey.CreateApiKeyUseCase;
import dev.tiergate.application.port.in.apikey.CreatedApiKey;
import dev.tiergate.bootstrap.config.TiergateSettings;
import dev.tiergate.domain.apikey.ApiScope;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin API's resources end to end on the running service, with keys made by the key use case as
 * the command line makes them: each route's happy path, a refusal naming the field, bounded lists, and
 * hostile input (unknown fields, wrong types, invalid JSON, 1 MB bodies, ids that are no ids). Whatever
 * a test sends, no answer is a 5xx and no refusal carries more than {@code error} and {@code field}.
 */
class AdminApiResourcesSystemIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningTiergate tiergate;
    private static HttpClient http;
    private static CreatedApiKey writeKey;
    private static CreatedApiKey readKey;

    private final List<HttpResponse<String>> answers = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        tiergate = new RunningTiergate();
        http = HttpClient.newHttpClient();
        CreateApiKeyUseCase keys = tiergate.bean(CreateApiKeyUseCase.class);
        writeKey = keys.createApiKey(new CreateApiKeyCommand("resources-write", ApiScope.WRITE, OptionalInt.empty()));
        readKey = keys.createApiKey(new CreateApiKeyCommand("resources-read", ApiScope.READ, OptionalInt.empty()));
    }

    @AfterAll
    static void stop() throws Exception {
        http.close();
        tiergate.close();
    }

    @AfterEach
    void noAnswerWasAServerErrorAndEveryRefusalIsGeneric() throws Exception {
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).as(answer.request().method() + " " + answer.uri()).isLessThan(500);
            if (answer.statusCode() >= 400 && !answer.body().isEmpty()) {
                JsonNode refusal = JSON.readTree(answer.body());
                assertThat(refusal.has("error")).as(answer.body()).isTrue();
                refusal.fieldNames().forEachRemaining(name -> assertThat(name).isIn("error", "field"));
                assertThat(answer.body()).doesNotContain("Exception", "dev.tiergate", "at io.", "SQL");
            }
        }
    }

    @Test
    void aCommunityIsConfiguredReadBackAndRefusedWithTheFieldToFix() throws Exception {
        String guild = snowflake();
        String path = "/api/v1/communities/" + guild;
        assertRefused(send("GET", path, readKey, null), 404, "guild_id");

        HttpResponse<String> patched = send("PATCH", path, writeKey, """
                {"naib_seats": 5, "fedaykin_cutoff": 50, "at_risk_window": 5, "waitlist_size": 20,
                 "demotion_grace": "PT12H", "tier_ladder": {"hajra": "10"}, "launched_at": "2026-01-01T00:00:00Z",
                 "activity_rules": {"tracked_channels": ["223456789012345678"]}}""");
        assertThat(patched.statusCode()).isEqualTo(200);
        JsonNode community = JSON.readTree(send("GET", path, readKey, null).body());
        assertThat(community).isEqualTo(JSON.readTree(patched.body()));
        assertThat(community.get("guild_id").asText()).isEqualTo(guild);
        assertThat(community.get("naib_seats").asInt()).isEqualTo(5);
        assertThat(community.get("demotion_grace").asText()).isEqualTo("PT12H");
        assertThat(community.get("tier_ladder").get("hajra").asText()).isEqualTo("10");
        assertThat(community.get("tier_ladder").get("usul").asText()).isEqualTo("1111");
        assertThat(community.get("launched_at").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(community.get("activity_rules").get("tracked_channels").get(0).asText())
                .isEqualTo("223456789012345678");

        assertRefused(send("PATCH", path, writeKey, "{\"at_risk_window\": 70}"), 400, "at_risk_window");
        assertRefused(send("PATCH", path, writeKey, "{\"tier_ladder\": {\"qanat\": \"5000\"}}"), 400,
                "tier_ladder.qanat");
        assertRefused(send("PATCH", path, writeKey, "{\"naib_seats\": \"five\"}"), 400, "naib_seats");
        assertRefused(send("PATCH", path, writeKey, "{\"naib_seats\": 1e400}"), 400, "naib_seats");
        assertRefused(send("PATCH", path, writeKey, "{\"naib_seatz\": 5}"), 400, "naib_seatz");
        assertRefused(send("PATCH", path, writeKey, "{\"name\": \"Sietch\"}"), 400, "name");
        assertRefused(send("PATCH", path, writeKey, "{}"), 400, "body");
        assertThat(JSON.readTree(send("GET", path, readKey, null).body())).isEqualTo(community);
    }

    @Test
    void tierRolesAndAdminRolesAreReplacedWholeAndChecked() throws Exception {
        String path = "/api/v1/communities/" + snowflake();
        String role = snowflake();

        HttpResponse<String> roles = send("PUT", path + "/tier-roles", writeKey,
                "{\"usul\": \"" + role + "\", \"naib\": \"" + role + "1\"}");
        assertThat(roles.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(roles.body()).fieldNames()).toIterable().containsExactly("naib", "usul");
        HttpResponse<String> admins = send("PUT", path + "/admin-roles", writeKey, "[\"" + role + "\"]");
        assertThat(JSON.readTree(admins.body()).get(0).asText()).isEqualTo(role);
        JsonNode community = JSON.readTree(send("GET", path, readKey, null).body());
        assertThat(community.get("tier_roles").get("usul").asText()).isEqualTo(role);
        assertThat(community.get("admin_roles").get(0).asText()).isEqualTo(role);

        assertRefused(send("PUT", path + "/tier-roles", writeKey, "{\"none\": \"" + role + "\"}"), 400,
                "tier_roles.none");
        assertRefused(send("PUT", path + "/tier-roles", writeKey, "{\"usul\": \"@everyone\"}"), 400, "tier_roles.usul");
        assertRefused(send("PUT", path + "/tier-roles", writeKey, "{\"usul\": 5}"), 400, "tier_roles.usul");
        assertRefused(send("PUT", path + "/admin-roles", writeKey, "[\"%\"]"), 400, "admin_roles");
        assertRefused(send("PUT", path + "/admin-roles", writeKey, "{\"roles\": []}"), 400, "admin_roles");
        assertThat(send("PUT", path + "/tier-roles", writeKey, "{}").body()).isEqualTo("{}");
    }

    @Test
    void theCatalogPagesByCursorWithClampedLimitsAndOnlyContributionBadgesAreEdited() throws Exception {
        String path = "/api/v1/communities/" + snowflake() + "/badges";
        assertRefused(send("GET", path, readKey, null), 404, "guild_id");
        HttpResponse<String> added = send("POST", path, writeKey,
                "{\"id\": \"mentor\", \"name\": \"Mentor\", \"emoji\": \"🧭\", \"description\": \"Guides newcomers\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(added.body()).get("category").asText()).isEqualTo("contribution");

        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = JSON.readTree(send("GET", path + "?limit=4" + (cursor == null ? "" : "&cursor=" + cursor),
                    readKey, null).body());
            assertThat(page.get("items").size()).isLessThanOrEqualTo(4);
            page.get("items").forEach(badge -> ids.add(badge.get("id").asText()));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
        } while (cursor != null);
        assertThat(ids).hasSize(15).isSorted().contains("mentor", "veteran", "water-sharer");

        assertThat(JSON.readTree(send("GET", path + "?limit=-1", readKey, null).body()).get("items")).hasSize(1);
        assertThat(JSON.readTree(send("GET", path + "?limit=0", readKey, null).body()).get("items")).hasSize(1);
        assertThat(JSON.readTree(send("GET", path + "?limit=1000000000", readKey, null).body()).get("items"))
                .hasSize(15);
        assertThat(JSON.readTree(send("GET", path, readKey, null).body()).get("items")).hasSize(10);
        assertRefused(send("GET", path + "?limit=abc", readKey, null), 400, "limit");
        assertRefused(send("GET", path + "?cursor=..%2F..%2Fetc", readKey, null), 400, "cursor");

        assertRefused(send("POST", path, writeKey, "{\"id\": \"mentor\", \"name\": \"Other\", \"emoji\": \"x\"}"), 409,
                "id");
        assertRefused(send("POST", path, writeKey, "{\"id\": \"guide\", \"name\": \"MENTOR\", \"emoji\": \"x\"}"), 400,
                "name");
        assertRefused(send("POST", path, writeKey,
                "{\"id\": \"oldest\", \"name\": \"Oldest\", \"emoji\": \"x\", \"category\": \"tenure\"}"), 400,
                "category");
        assertRefused(send("POST", path, writeKey, "{\"id\": \"Not A Slug\", \"name\": \"N\", \"emoji\": \"x\"}"), 400,
                "id");
        assertRefused(send("PATCH", path + "/veteran", writeKey, "{\"name\": \"Old timer\"}"), 409, "badge");
        assertRefused(send("DELETE", path + "/veteran", writeKey, null), 409, "badge");
        assertRefused(send("PATCH", path + "/mentor", writeKey, "{\"category\": \"tenure\"}"), 400, "category");
        assertRefused(send("PATCH", path + "/nobody", writeKey, "{\"name\": \"Nobody\"}"), 404, "badge");

        HttpResponse<String> changed = send("PATCH", path + "/mentor", writeKey, "{\"name\": \"Guide\"}");
        assertThat(JSON.readTree(changed.body()).get("name").asText()).isEqualTo("Guide");
        assertThat(send("DELETE", path + "/mentor", writeKey, null).statusCode()).isEqualTo(204);
        assertRefused(send("DELETE", path + "/mentor", writeKey, null), 404, "badge");
    }

    @Test
    void anApiKeyAwardsAndRevokesContributionBadgesAndIsRecordedAsTheAdminWhoActed() throws Exception {
        String guild = snowflake();
        String member = snowflake();
        String community = "/api/v1/communities/" + guild;
        ingest(community, Instant.now().minusSeconds(60), "{\"user_id\": \"" + member + "\", \"score\": \"100\"}");
        String badges = community + "/members/" + member + "/badges";

        HttpResponse<String> awarded = send("POST", badges + "/helper", writeKey,
                "{\"reason\": \"answers questions\"}");
        assertThat(awarded.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(awarded.body()).get("status").asText()).isEqualTo("awarded");
        HttpResponse<String> again = send("POST", badges + "/helper", writeKey, null);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("status").asText()).isEqualTo("already_held");
        send("POST", badges + "/builder", writeKey, "{}");

        // Ranked alone, the member took a Naib seat: the seat's badges came with it, all at one time.
        List<JsonNode> held = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = JSON.readTree(send("GET", badges + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    readKey, null).body());
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            page.get("items").forEach(held::add);
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
        } while (cursor != null);
        assertThat(held).extracting(badge -> badge.get("badge").get("id").asText())
                .containsExactly("builder", "helper", "founding-naib", "naib-ascended", "usul-ascended");
        JsonNode helper = held.get(1);
        assertThat(helper.get("awarded_by").asText()).isEqualTo("api-key:" + writeKey.key().id().value());
        assertThat(helper.get("reason").asText()).isEqualTo("answers questions");

        assertRefused(send("POST", badges + "/veteran", writeKey, null), 409, "badge");
        assertRefused(send("POST", badges + "/no-such-badge", writeKey, null), 404, "badge");
        assertRefused(send("POST", badges + "/helper", writeKey, "{\"reason\": \"" + "x".repeat(501) + "\"}"), 400,
                "reason");
        assertRefused(send("POST", badges + "/helper", writeKey, "{\"reason\": 5}"), 400, "reason");
        assertRefused(send("POST", badges + "/helper", writeKey, "{\"because\": \"x\"}"), 400, "because");
        assertRefused(send("POST", community + "/members/" + snowflake() + "/badges/helper", writeKey, null), 404,
                "user_id");
        assertRefused(send("GET", community + "/members/" + snowflake() + "/badges", readKey, null), 404, "user_id");
        assertRefused(send("GET", community + "/members/not-a-user/badges", readKey, null), 400, "user_id");

        HttpResponse<String> revoked = send("DELETE", badges + "/helper", writeKey, "{\"reason\": \"mistake\"}");
        assertThat(JSON.readTree(revoked.body()).get("status").asText()).isEqualTo("revoked");
        assertThat(JSON.readTree(send("DELETE", badges + "/helper", writeKey, null).body()).get("status").asText())
                .isEqualTo("not_held");
        assertRefused(send("DELETE", community + "/badges/helper", writeKey, null), 409, "badge");
    }

    @Test
    void scoresAreIngestedOnceByAsOfTimeInBoundedBatches() throws Exception {
        String community = "/api/v1/communities/" + snowflake();
        Instant asOf = Instant.now().minusSeconds(60);
        String entries = "{\"user_id\": \"" + snowflake() + "\", \"score\": \"1200.5\"}, "
                + "{\"user_id\": \"" + snowflake() + "\", \"score\": \"7\"}";

        assertThat(ingest(community, asOf, entries).get("scores_applied").asInt()).isEqualTo(2);
        assertThat(ingest(community, asOf, entries).get("scores_applied").asInt()).as("a replay").isZero();
        assertThat(ingest(community, asOf.minusSeconds(1), entries).get("scores_applied").asInt()).as("older").isZero();

        String tooMany = IntStream.range(0, 1001)
                .mapToObj(i -> "{\"user_id\": \"" + snowflake() + "\", \"score\": \"1\"}")
                .collect(Collectors.joining(","));
        assertRefused(send("POST", community + "/scores", writeKey,
                "{\"as_of\": \"" + asOf + "\", \"entries\": [" + tooMany + "]}"), 400, "entries");
        assertRefused(scores(community, asOf, "{\"user_id\": \"" + snowflake() + "\", \"score\": 1.5}"), 400,
                "entries[0].score");
        assertRefused(scores(community, asOf, "{\"user_id\": \"" + snowflake() + "\", \"score\": \"-1\"}"), 400,
                "entries[0].score");
        assertRefused(scores(community, asOf, "{\"score\": \"1\"}"), 400, "entries[0]");
        assertRefused(scores(community, asOf, "{\"user_id\": \"1\", \"score\": \"1\"}"), 400, "entries[0].user_id");
        assertRefused(scores(community, asOf, "{\"user_id\": \"" + snowflake() + "\", \"score\": \"1\", \"x\": 1}"),
                400, "entries[0].x");
        assertRefused(scores(community, Instant.now().plus(Duration.ofDays(1)), "{\"wallet\": \"0x"
                + "a".repeat(40) + "\", \"score\": \"1\"}"), 400, "as_of");
        assertRefused(send("POST", community + "/scores", writeKey, "{\"entries\": []}"), 400, "as_of");
    }

    @Test
    void statsCountTheCommunityAndAGuildNeverSeenIsNotFound() throws Exception {
        String community = "/api/v1/communities/" + snowflake();
        ingest(community, Instant.now().minusSeconds(60), "{\"user_id\": \"" + snowflake() + "\", \"score\": \"100\"}");

        HttpResponse<String> stats = send("GET", community + "/stats", readKey, null);
        assertThat(stats.statusCode()).isEqualTo(200);
        JsonNode figures = JSON.readTree(stats.body());
        assertThat(figures.get("members").asInt()).isEqualTo(1);
        assertThat(figures.get("ranked").asInt()).isEqualTo(1);
        assertThat(figures.get("tier_distribution").get("naib").asInt()).isEqualTo(1);
        assertRefused(send("GET", "/api/v1/communities/" + snowflake() + "/stats", readKey, null), 404, "guild_id");
    }

    @Test
    void hostileRequestsAreClearRefusalsNeverServerErrors() throws Exception {
        String community = "/api/v1/communities/" + snowflake();
        String megabyte = "{\"naib_seats\": 5, \"padding\": \"" + "x".repeat(1_048_576) + "\"}";

        HttpResponse<String> tooLarge = send("PATCH", community, writeKey, megabyte);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("connection")).as("the unread body ends the connection").hasValue("close");
        assertThat(send("POST", community + "/scores", writeKey, megabyte).statusCode()).isEqualTo(413);
        assertRefused(send("PATCH", community, writeKey, "{\"naib_seats\": 5"), 400, "body");
        assertRefused(send("PATCH", community, writeKey, "{\"naib_seats\": 5, \"naib_seats\": 6}"), 400, "body");
        assertRefused(send("PATCH", community, writeKey, "[1, 2]"), 400, "body");
        assertRefused(send("PATCH", community, writeKey, "{\"a\":".repeat(200) + "1" + "}".repeat(200)), 400, "body");
        assertThat(send("PATCH", community, writeKey, "naib_seats=5", "application/x-www-form-urlencoded")
                .statusCode()).isEqualTo(415);
        assertRefused(send("GET", "/api/v1/communities/12345678901234567890123", readKey, null), 400, "guild_id");
        assertRefused(send("GET", "/api/v1/communities/%2e%2e%2f%2e%2e%2fetc", readKey, null), 400, "guild_id");
        assertRefused(send("GET", community + "/members/..%2F..%2F/badges", readKey, null), 400, "user_id");
        assertRefused(send("DELETE", community + "/badges/%25_%25", writeKey, null), 400, "badge");
    }

    @Test
    void eachRouteTakesOnlyAKeyOfItsScopeAndTheDocumentDescribesThem() throws Exception {
        String community = "/api/v1/communities/" + snowflake();

        assertThat(send("PATCH", community, readKey, "{\"naib_seats\": 5}").statusCode()).isEqualTo(403);
        assertThat(send("POST", community + "/scores", readKey, "{}").statusCode()).isEqualTo(403);
        assertThat(send("GET", community + "/stats", null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> document = send("GET", "/api/v1/openapi.yml", readKey, null);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("openapi: 3", "/api/v1/communities/{guildId}/scores",
                "/api/v1/communities/{guildId}/members/{userId}/badges/{badge}", "tier_ladder", "bearer")
                .doesNotContain("/discord/interactions", "/health/");
    }

    private JsonNode ingest(String community, Instant asOf, String entries) throws Exception {
        HttpResponse<String> ingested = scores(community, asOf, entries);
        assertThat(ingested.statusCode()).as(ingested.body()).isEqualTo(200);
        return JSON.readTree(ingested.body());
    }

    private HttpResponse<String> scores(String community, Instant asOf, String entries) throws Exception {
        return send("POST", community + "/scores", writeKey,
                "{\"as_of\": \"" + asOf + "\", \"entries\": [" + entries + "]}");
    }

    private void assertRefused(HttpResponse<String> answer, int status, String field) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        JsonNode refusal = JSON.readTree(answer.body());
        assertThat(refusal.get("error").asText()).isNotBlank();
        if (field != null) {
            assertThat(refusal.path("field").asText()).as(answer.body()).isEqualTo(field);
        }
    }

    private HttpResponse<String> send(String method, String path, CreatedApiKey key, String body) throws Exception {
        return send(method, path, key, body, "application/json");
    }

    private HttpResponse<String> send(String method, String path, CreatedApiKey key, String body, String contentType)
            throws Exception {
        int port = tiergate.bean(TiergateSettings.class).httpPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (key != null) {
            request.header("Authorization", "Bearer " + key.secret());
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        answers.add(answer);
        return answer;
    }

    private static String snowflake() {
        return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 999_999_999_999_999_999L));
    }
}

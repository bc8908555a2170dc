package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.adapter.out.postgres.TestDatabase;
import dev.tiergate.application.port.in.apikey.CreateApiKeyCommand;
import dev.tiergate.application.port.in.apikey.CreateApiKeyUseCase;
import dev.tiergate.application.port.in.member.RegisterMemberCommand;
import dev.tiergate.application.port.in.member.RegisterMemberUseCase;
import dev.tiergate.bootstrap.apikeys.ApiKeysCli;
import dev.tiergate.bootstrap.config.TiergateSettings;
import dev.tiergate.domain.apikey.ApiScope;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The admin API's gate on the running service (AdminApiFilter, the key use cases, Redis, PostgreSQL):
 * C7 (keys only in the Authorization header, hashed, revocable, rotatable, scoped), C8 (one audit row per
 * request, refusals included), the per-key rate limit failing closed (C13), and hostile input answered
 * with a 4xx naming the field, never a 5xx. Each test makes keys of its own, so the audit rows it counts
 * are its own; the test that kills Redis runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminApiSecuritySystemIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNAUTHORIZED = "{\"error\":\"unauthorized\"}";
    private static final String RATE_LIMITER_DOWN = "{\"error\":\"rate limiter unavailable, try again later\"}";
    private static RunningTiergate tiergate;
    private static HttpClient http;

    private final List<HttpResponse<String>> answers = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        tiergate = new RunningTiergate();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() throws Exception {
        http.close();
        tiergate.close();
    }

    @AfterEach
    void noAnswerWasAServerErrorAndEveryRefusalIsGeneric() throws Exception {
        for (HttpResponse<String> answer : answers) {
            String request = answer.request().method() + " " + answer.uri();
            if (answer.body().equals(RATE_LIMITER_DOWN)) {
                continue;
            }
            assertThat(answer.statusCode()).as(request).isLessThan(500);
            if (answer.statusCode() >= 400) {
                JsonNode refusal = JSON.readTree(answer.body());
                assertThat(refusal.has("error")).as(request + " " + answer.body()).isTrue();
                refusal.fieldNames().forEachRemaining(name -> assertThat(name).as(request).isIn("error", "field"));
                assertThat(answer.body()).as(request).doesNotContain("Exception", "dev.tiergate", "tg_");
            }
        }
    }

    @Test
    @Order(1)
    void noWrongMalformedRevokedOrExpiredKeyIsA401WithOneAndTheSameBody() throws Exception {
        String admin = key(ApiScope.ADMIN);
        String revoked = key(ApiScope.ADMIN);
        String expired = key(ApiScope.ADMIN);
        assertThat(get("/api/v1/api-keys", revoked).statusCode()).isEqualTo(200);
        assertThat(send("DELETE", "/api/v1/api-keys/" + id(revoked), admin, null, null).statusCode()).isEqualTo(200);
        ServiceDatabase.execute("UPDATE api_keys SET created_at = now() - interval '2 days',"
                + " expires_at = now() - interval '1 day' WHERE id = ?", id(expired));
        String wrongSecret = admin.substring(0, admin.length() - 4) + (admin.endsWith("AAAA") ? "BBBB" : "AAAA");
        String unknownId = "tg_ZZZZZZZZ" + admin.substring(11);

        List<HttpResponse<String>> refused = List.of(get("/api/v1/api-keys", null),
                send("GET", "/api/v1/api-keys", null, null, Map.of("Authorization", "Bearer " + wrongSecret)),
                send("GET", "/api/v1/api-keys", null, null, Map.of("Authorization", "Bearer " + unknownId)),
                send("GET", "/api/v1/api-keys", null, null, Map.of("Authorization", "Basic " + admin)),
                send("GET", "/api/v1/api-keys", null, null, Map.of("Authorization", "Bearer")),
                get("/api/v1/api-keys", revoked), get("/api/v1/api-keys", expired),
                get("/api/v1/no-such-route", null));

        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.body()).isEqualTo(UNAUTHORIZED);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        });
        assertThat(get("/api/v1/api-keys", admin).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void aKeyInTheUrlIsA400EvenWhenItIsValidAndTheAuditLogDoesNotKeepIt() throws Exception {
        String admin = key(ApiScope.ADMIN);
        long anonymousRefusals = anonymousRefusals();

        List<HttpResponse<String>> refused = List.of(get("/api/v1/api-keys?api_key=" + admin, null),
                get("/api/v1/api-keys?key=x", admin), get("/api/v1/api-keys?access_token=x", admin),
                get("/api/v1/api-keys?TOKEN=x", admin), get("/api/v1/audit?cursor=" + admin, admin),
                send("DELETE", "/api/v1/api-keys/" + admin, admin, null, null));

        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(400);
            assertThat(answer.body()).isEqualTo("{\"error\":\"API keys are accepted only in the Authorization header\"}");
        });
        assertThat(anonymousRefusals()).isEqualTo(anonymousRefusals + refused.size());
        assertThat(ServiceDatabase.count("SELECT count(*) FROM audit_log WHERE target LIKE ?", "%" + admin.substring(12) + "%"))
                .isZero();
    }

    private static long anonymousRefusals() {
        return ServiceDatabase.count("SELECT count(*) FROM audit_log WHERE actor_key_id = 'anonymous' AND outcome = 400");
    }

    @Test
    @Order(3)
    void bothKeysOfARotatedPairWorkUntilTheOldOneIsRevoked() throws Exception {
        String admin = key(ApiScope.ADMIN);
        String old = created(send("POST", "/api/v1/api-keys", admin, "{\"name\":\"deploy\",\"scope\":\"write\"}", null));
        String next = created(send("POST", "/api/v1/api-keys", admin,
                "{\"name\":\"deploy (next)\",\"scope\":\"write\",\"expires_in_days\":90}", null));

        assertThat(get("/api/v1/dead-letters", old).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/dead-letters", next).statusCode()).isEqualTo(200);

        HttpResponse<String> revocation = send("DELETE", "/api/v1/api-keys/" + id(old), admin, null, null);
        assertThat(JSON.readTree(revocation.body()).get("status").asText()).isEqualTo("revoked");
        assertThat(get("/api/v1/dead-letters", old).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/dead-letters", next).statusCode()).isEqualTo(200);
        HttpResponse<String> again = send("DELETE", "/api/v1/api-keys/" + id(old), admin, null, null);
        assertThat(JSON.readTree(again.body()).get("status").asText()).isEqualTo("already_revoked");
    }

    @Test
    @Order(4)
    void aKeyReachesExactlyTheRoutesItsScopeIncludes() throws Exception {
        String read = key(ApiScope.READ);
        String write = key(ApiScope.WRITE);
        String guild = "/api/v1/communities/" + snowflake();

        assertThat(get(guild + "/roles/failures", read).statusCode()).isEqualTo(200);
        assertRefused(send("POST", guild + "/roles/resync", read, null, null), 403, null);
        assertRefused(get("/api/v1/api-keys", read), 403, null);
        assertRefused(send("POST", "/api/v1/dead-letters/1/replay", write, null, null), 403, null);
        assertRefused(get("/api/v1/audit", write), 403, null);

        HttpResponse<String> preview = send("POST", guild + "/roles/resync", write, null, null);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(preview.body()).get("status").asText()).isEqualTo("nothing_to_sync");
        assertThat(auditRows(id(read))).extracting(AuditRow::outcome).containsExactly(200, 403, 403);
    }

    @Test
    @Order(5)
    void everyAdminRouteWritesExactlyOneAuditRowWithActorActionTargetSourceAndOutcome() throws Exception {
        String admin = key(ApiScope.ADMIN);
        CommunityId community = new CommunityId(snowflake());
        UserId member = new UserId(snowflake());
        tiergate.bean(RegisterMemberUseCase.class).registerMember(new RegisterMemberCommand(community, member, "chani",
                Instant.parse("2026-01-01T00:00:00Z")));
        String guild = "/api/v1/communities/" + community.value();
        String created = created(send("POST", "/api/v1/api-keys", admin, "{\"name\":\"audited\",\"scope\":\"read\"}", null));

        HttpResponse<String> export = get(guild + "/members/" + member.value() + "/export", admin);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(JSON.readTree(export.body()).get("profile").get("nym").asText()).isEqualTo("chani");
        List<Call> calls = List.of(
                new Call("POST /api/v1/api-keys", "", 201),
                new Call("GET /api/v1/communities/{guildId}/members/{userId}/export",
                        "guildId=" + community.value() + ",userId=" + member.value(), 200),
                call("GET", "/api/v1/api-keys", "", admin, 200),
                call("GET", "/api/v1/audit?limit=5", "", admin, 200),
                call("DELETE", guild + "/members/" + member.value() + "?requested_by=member",
                        "guildId=" + community.value() + ",userId=" + member.value(), admin, 200),
                call("POST", guild + "/roles/resync?mode=apply", "guildId=" + community.value(), admin, 200),
                call("GET", guild + "/roles/failures", "guildId=" + community.value(), admin, 200),
                call("GET", "/api/v1/dead-letters", "", admin, 200),
                call("POST", "/api/v1/dead-letters/424242/replay", "id=424242", admin, 404),
                call("DELETE", "/api/v1/api-keys/" + id(created), "id=" + id(created), admin, 200),
                call("GET", "/api/v1/api-keys?limit=abc", "", admin, 400));

        List<AuditRow> rows = auditRows(id(admin));
        assertThat(rows).hasSize(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            Call call = calls.get(i);
            assertThat(rows.get(i)).as(call.action())
                    .isEqualTo(new AuditRow(id(admin), call.action(), call.target(), "127.0.0.1", call.outcome()));
        }
    }

    @Test
    @Order(6)
    void refusedRequestsAreAuditedToo() throws Exception {
        String read = key(ApiScope.READ);
        Instant before = Instant.now().minusSeconds(1);
        get("/api/v1/audit", read);
        get("/api/v1/audit?token=whatever", null);

        assertThat(auditRows(id(read))).containsExactly(new AuditRow(id(read), "GET /api/v1/audit", "", "127.0.0.1", 403));
        String admin = key(ApiScope.ADMIN);
        JsonNode anonymous = JSON.readTree(get("/api/v1/audit?actor=anonymous&from=" + before + "&limit=1000", admin)
                .body());
        assertThat(anonymous.get("items")).anySatisfy(row -> {
            assertThat(row.get("action").asText()).isEqualTo("GET /api/v1/audit");
            assertThat(row.get("outcome").asInt()).isEqualTo(400);
            assertThat(row.get("source").asText()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    @Order(7)
    void theAuditLogIsReadNewestFirstInBoundedPages() throws Exception {
        String admin = key(ApiScope.ADMIN);
        for (int i = 0; i < 5; i++) {
            get("/api/v1/dead-letters", admin);
        }
        List<Long> ids = new ArrayList<>();
        String path = "/api/v1/audit?actor=" + id(admin) + "&limit=2";
        JsonNode page = JSON.readTree(get(path, admin).body());
        while (true) {
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            page.get("items").forEach(row -> ids.add(row.get("id").asLong()));
            if (page.get("next_cursor").isNull()) {
                break;
            }
            page = JSON.readTree(get(path + "&cursor=" + page.get("next_cursor").asText(), admin).body());
        }

        // Five listings, then each page read before it was answered: at least the five, newest first.
        assertThat(ids).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates()
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    @Order(8)
    void hostileInputIsA4xxNamingTheFieldNeverA5xx() throws Exception {
        String admin = key(ApiScope.ADMIN);
        String guild = "/api/v1/communities/" + snowflake();
        for (String limit : List.of("-1", "0", "1000000000", "99999999999999999999999999")) {
            assertThat(get("/api/v1/audit?limit=" + limit, admin).statusCode()).as(limit).isEqualTo(200);
            assertThat(get("/api/v1/dead-letters?limit=" + limit, admin).statusCode()).as(limit).isEqualTo(200);
            assertThat(get("/api/v1/api-keys?limit=" + limit, admin).statusCode()).as(limit).isEqualTo(200);
        }
        assertThat(JSON.readTree(get("/api/v1/audit?limit=1000000000", admin).body()).get("items").size())
                .isLessThanOrEqualTo(1000);
        assertRefused(get("/api/v1/audit?limit=abc", admin), 400, "limit");
        assertRefused(get("/api/v1/dead-letters?limit=1.5", admin), 400, "limit");
        assertRefused(get(guild + "/roles/failures?limit=%00", admin), 400, "limit");
        assertRefused(get("/api/v1/audit?from=yesterday", admin), 400, "from");
        assertRefused(get("/api/v1/audit?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", admin), 400, "to");
        assertRefused(get("/api/v1/audit?actor=root", admin), 400, "actor");
        assertRefused(get("/api/v1/audit?cursor=bm90LWEtY3Vyc29y", admin), 400, "cursor");
        assertRefused(send("POST", guild + "/roles/resync?mode=destroy", admin, null, null), 400, "mode");

        assertRefused(send("POST", "/api/v1/dead-letters/-1/replay", admin, null, null), 400, "id");
        assertRefused(send("POST", "/api/v1/dead-letters/abc/replay", admin, null, null), 400, "id");
        assertRefused(send("POST", "/api/v1/dead-letters/99999999999999999999/replay", admin, null, null), 400, "id");
        assertRefused(send("DELETE", "/api/v1/api-keys/..%2F..%2Fetc", admin, null, null), 400, "id");
        assertRefused(get("/api/v1/communities/..%2F..%2Fetc/members/1/export", admin), 400, "guild_id");
        assertRefused(get(guild + "/members/abc/export", admin), 400, "user_id");
        assertRefused(send("DELETE", guild + "/members/" + snowflake(), admin, null, null), 400, "requested_by");
        assertRefused(send("DELETE", guild + "/members/" + snowflake() + "?requested_by=someone", admin, null, null),
                400, "requested_by");
        assertThat(get("/api/v1/api-keys/../../etc/passwd", admin).statusCode()).isBetween(400, 499);

        assertRefused(send("POST", "/api/v1/api-keys", admin, "{\"name\":\"x\",\"scope\":\"read\",\"admin\":true}", null),
                400, "admin");
        assertRefused(send("POST", "/api/v1/api-keys", admin, "{\"name\":\"x\",\"scope\":\"root\"}", null), 400, "scope");
        assertRefused(send("POST", "/api/v1/api-keys", admin, "{\"name\":\"" + "x".repeat(65) + "\",\"scope\":\"read\"}",
                null), 400, "name");
        assertRefused(send("POST", "/api/v1/api-keys", admin, "{\"name\":\"x\",\"scope\":\"read\",\"expires_in_days\":1e400}",
                null), 400, "expires_in_days");
        assertRefused(send("POST", "/api/v1/api-keys", admin, "{\"name\":\"x\",\"scope\":\"read\",\"expires_in_days\":0}",
                null), 400, "expires_in_days");
        assertRefused(send("POST", "/api/v1/api-keys", admin, "{\"scope\":\"read\"}", null), 400, "name");
        assertRefused(send("POST", "/api/v1/api-keys", admin, "{\"name\": \"x\", ", null), 400, "body");
        assertRefused(send("POST", "/api/v1/api-keys", admin, "[1, 2]", null), 400, "body");
        assertThat(send("POST", "/api/v1/api-keys", admin, "name=x&scope=admin",
                Map.of("Content-Type", "application/x-www-form-urlencoded")).statusCode()).isEqualTo(415);
        assertRefused(send("POST", "/api/v1/api-keys", admin, "{\"name\":\"" + "x".repeat(1_000_000) + "\"}", null), 413,
                null);
        assertThat(send("POST", "/api/v1/api-keys", null, "{\"name\":\"" + "x".repeat(1_000_000) + "\"}", null)
                .statusCode()).isEqualTo(401);
    }

    @Test
    @Order(9)
    void theFirstKeyComesFromTheCommandLineShownOnceAndOpensTheApi() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = ApiKeysCli.run(List.of("create", "--name", "first admin", "--scope", "admin", "--expires-in-days", "1"),
                serviceEnvironment(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String key = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(key).matches("tg_[0-9A-Za-z]{8}_[0-9A-Za-z]{43}");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(id(key), "admin", "only time").doesNotContain(key);
        assertThat(get("/api/v1/audit?actor=cli", key).statusCode()).isEqualTo(200);
        JsonNode listed = JSON.readTree(get("/api/v1/api-keys?limit=1000", key).body()).get("items");
        assertThat(listed.toString()).contains(id(key)).doesNotContain(key);
        assertThat(ServiceDatabase.count("SELECT count(*) FROM audit_log WHERE actor_key_id = 'cli'"
                + " AND action = 'api-keys create' AND target = ?", "id=" + id(key))).isEqualTo(1);
    }

    @Test
    @Order(10)
    void eachKeyHasItsOwnBudgetAndA429SaysWhenToRetry() throws Exception {
        String busy = key(ApiScope.READ);
        String quiet = key(ApiScope.READ);
        int allowed = 0;
        HttpResponse<String> answer = get("/api/v1/dead-letters?limit=1", busy);
        while (answer.statusCode() == 200 && allowed < 1_000) {
            allowed++;
            answer = get("/api/v1/dead-letters?limit=1", busy);
        }

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(allowed).as("the burst is always allowed").isGreaterThanOrEqualTo(60);
        assertThat(answer.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isPositive());
        assertThat(get("/api/v1/dead-letters?limit=1", quiet).statusCode()).isEqualTo(200);
        assertThat(auditRows(id(busy)).getLast().outcome()).isEqualTo(429);
    }

    @Test
    @Order(11)
    void theRateLimitFailsClosedWhileRedisIsDown() throws Exception {
        String read = key(ApiScope.READ);
        assertThat(get("/api/v1/dead-letters", read).statusCode()).isEqualTo(200);
        tiergate.redis.kill();
        try {
            HttpResponse<String> refused = get("/api/v1/dead-letters", read);

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.body()).isEqualTo(RATE_LIMITER_DOWN);
            assertThat(get("/api/v1/dead-letters", null).statusCode()).isEqualTo(401);
            assertThat(auditRows(id(read))).extracting(AuditRow::outcome).containsExactly(200, 503);
        } finally {
            tiergate.redis.restart();
        }
    }

    private record Call(String action, String target, int outcome) {
    }

    /** One audit row as stored, without its id and time. */
    private record AuditRow(String actor, String action, String target, String source, int outcome) {
    }

    /** Sends the request and answers what the audit row it writes should say. */
    private Call call(String method, String path, String target, String key, int outcome) throws Exception {
        HttpResponse<String> answer = send(method, path, key, null, null);
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(outcome);
        String template = path.replaceAll("\\?.*", "")
                .replaceAll("/communities/[0-9]+", "/communities/{guildId}")
                .replaceAll("/members/[0-9]+", "/members/{userId}")
                .replaceAll("/dead-letters/[0-9]+", "/dead-letters/{id}")
                .replaceAll("/api-keys/[0-9A-Za-z]{8}", "/api-keys/{id}");
        return new Call(method + " " + template, target, outcome);
    }

    private static String key(ApiScope scope) {
        return tiergate.bean(CreateApiKeyUseCase.class)
                .createApiKey(new CreateApiKeyCommand("system test " + scope.label(), scope, OptionalInt.empty())).secret();
    }

    private static String created(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
        return JSON.readTree(answer.body()).get("secret").asText();
    }

    private static String id(String key) {
        return key.substring(3, 11);
    }

    private static List<AuditRow> auditRows(String actor) throws SQLException {
        Map<String, Object> database = TestDatabase.micronautProperties();
        try (Connection connection = DriverManager.getConnection((String) database.get("datasources.default.url"),
                (String) database.get("datasources.default.username"), (String) database.get("datasources.default.password"));
                PreparedStatement statement = connection.prepareStatement("SELECT actor_key_id, action, target,"
                        + " source_address, outcome FROM audit_log WHERE actor_key_id = ? ORDER BY at, id")) {
            statement.setString(1, actor);
            List<AuditRow> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new AuditRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getInt(5)));
                }
            }
            return rows;
        }
    }

    /** What the command line needs to reach the service's database: the variables the service was started with. */
    private static Map<String, String> serviceEnvironment() {
        Map<String, Object> database = TestDatabase.micronautProperties();
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", (String) database.get("datasources.default.url"));
        env.put("DATABASE_USER", (String) database.get("datasources.default.username"));
        Object password = database.get("datasources.default.password");
        if (password != null && !password.toString().isEmpty()) {
            env.put("DATABASE_PASSWORD", password.toString());
        }
        return env;
    }

    private void assertRefused(HttpResponse<String> answer, int status, String field) throws Exception {
        assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(status);
        JsonNode refusal = JSON.readTree(answer.body());
        if (field == null) {
            assertThat(refusal.has("field")).as(answer.body()).isFalse();
        } else {
            assertThat(refusal.get("field").asText()).as(answer.body()).isEqualTo(field);
        }
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        return send("GET", path, key, null, null);
    }

    private HttpResponse<String> send(String method, String path, String key, String body, Map<String, String> headers)
            throws Exception {
        int port = tiergate.bean(TiergateSettings.class).httpPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && (headers == null || !headers.containsKey("Content-Type"))) {
            request.header("Content-Type", "application/json");
        }
        if (headers != null) {
            headers.forEach(request::header);
        }
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        answers.add(answer);
        return answer;
    }

    private static String snowflake() {
        return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 999_999_999_999_999_999L));
    }
}

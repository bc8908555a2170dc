package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import dev.tiergate.adapter.out.discord.DiscordClientTelemetry.AnswerStatus;
import dev.tiergate.adapter.out.discord.DiscordClientTelemetry.Lane;
import dev.tiergate.adapter.out.discord.DiscordClientTelemetry.RateLimitScope;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.RecordedRequest;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.ScriptedAnswer;
import dev.tiergate.application.port.out.interaction.Choice;
import dev.tiergate.application.port.out.interaction.ComponentRow;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyComponent.Button;
import dev.tiergate.application.port.out.interaction.ReplyField;
import dev.tiergate.application.port.out.interaction.ReplyNotDeliveredException;
import dev.tiergate.application.port.out.interaction.ReplyNotDeliveredException.Refusal;
import dev.tiergate.application.port.out.interaction.ReplyTarget;
import dev.tiergate.testing.FreePort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives the interaction lane over real loopback HTTP against the stand-in (and silent, slow or closed
 * sockets): routes, bodies, why Discord refused, 429s waited out, 5xx and timeouts retried, learned
 * buckets never run into, and no token in any message or log line.
 */
@Timeout(10)
class DiscordRestAdapterIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String TOKEN = "aW50ZXJhY3Rpb246MTIzNDpzZWNyZXQtdG9rZW4tZm9yLXRlc3Rz";
    private static final ReplyTarget TARGET = new ReplyTarget("1234", TOKEN, "5678");
    private static final Reply POSITION = new Reply("Your position", "**nym** is ranked **#12**.",
            List.of(new ReplyField("Score", "1,234.5", true), new ReplyField("Status", "Fedaykin", true)), true);
    private static final Reply PAGE = new Reply("Directory", null, List.of(new ReplyField("Nym", "paul", false)),
            List.of(ComponentRow.of(new Button("tg:directory:prev:42", "Prev", false, true),
                    new Button("tg:directory:next:42", "Next", true, false))), true);
    private static final String POSITION_EMBEDS = """
            [{"title":"Your position","description":"**nym** is ranked **#12**.","color":%d,
              "fields":[{"name":"Score","value":"1,234.5","inline":true},
                        {"name":"Status","value":"Fedaykin","inline":true}]}]""".formatted(EmbedRenderer.COLOUR);

    private final ObjectMapper json = new ObjectMapper();
    private static final List<Consumer<DiscordRestAdapter>> ALL_CALLS = List.of(
            a -> a.respond(TARGET, POSITION), a -> a.defer(TARGET, true), a -> a.editOriginal(TARGET, POSITION),
            a -> a.update(TARGET, PAGE), a -> a.deferUpdate(TARGET), a -> a.suggest(TARGET, List.of()));

    private final CapturedLogs logs = new CapturedLogs();
    private final DiscordClientTelemetry telemetry = new DiscordClientTelemetry();
    private LocalDiscordStandIn discord;
    private DiscordRestAdapter adapter;

    @BeforeEach
    void start() {
        discord = LocalDiscordStandIn.start(0);
        adapter = new DiscordRestAdapter(new DiscordApiSettings(discord.baseUrl(), Duration.ofSeconds(2)), telemetry);
    }

    @AfterEach
    void stop() {
        adapter.close();
        discord.close();
        logs.close();
        assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(TOKEN));
    }

    @Test
    void respondPostsAnEphemeralMessageWithOneEmbedAndNoMentionsToTheCallbackRoute() throws IOException {
        adapter.respond(TARGET, POSITION);

        RecordedRequest request = only(discord.awaitRequests(1, WAIT));
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/v10/interactions/1234/" + TOKEN + "/callback");
        assertThat(json.readTree(request.body())).isEqualTo(json.readTree("""
                {"type":4,"data":{"embeds":%s,"flags":64,"allowed_mentions":{"parse":[]}}}""".formatted(POSITION_EMBEDS)));
    }

    @Test
    void respondWithAPublicReplySendsNoFlags() throws IOException {
        adapter.respond(TARGET, new Reply("Ranks", "Top ten", List.of(), false));

        JsonNode body = json.readTree(only(discord.awaitRequests(1, WAIT)).body());
        assertThat(body.path("type").asInt()).isEqualTo(4);
        assertThat(body.path("data").has("flags")).isFalse();
        assertThat(body.path("data").path("embeds").get(0).path("title").asText()).isEqualTo("Ranks");
        assertThat(body.path("data").path("allowed_mentions")).isEqualTo(json.readTree("{\"parse\":[]}"));
    }

    @Test
    void deferSendsTypeFiveWithTheEphemeralFlagOnlyWhenAsked() throws IOException {
        adapter.defer(TARGET, true);
        adapter.defer(new ReplyTarget("1235", TOKEN + "2", "5678"), false);

        List<RecordedRequest> requests = discord.awaitRequests(2, WAIT);
        assertThat(requests).extracting(RecordedRequest::method, RecordedRequest::path).containsExactly(
                tuple("POST", "/api/v10/interactions/1234/" + TOKEN + "/callback"),
                tuple("POST", "/api/v10/interactions/1235/" + TOKEN + "2/callback"));
        assertThat(json.readTree(requests.get(0).body())).isEqualTo(json.readTree("{\"type\":5,\"data\":{\"flags\":64}}"));
        assertThat(json.readTree(requests.get(1).body())).isEqualTo(json.readTree("{\"type\":5}"));
    }

    @Test
    void editOriginalPatchesTheOriginalMessageWithEmbedsAndNoMentions() throws IOException {
        adapter.defer(TARGET, true);
        adapter.editOriginal(TARGET, POSITION);

        RecordedRequest edit = discord.awaitRequests(2, WAIT).get(1);
        assertThat(edit.method()).isEqualTo("PATCH");
        assertThat(edit.path()).isEqualTo("/api/v10/webhooks/5678/" + TOKEN + "/messages/@original");
        assertThat(json.readTree(edit.body())).isEqualTo(json.readTree("""
                {"embeds":%s,"components":[],"allowed_mentions":{"parse":[]}}""".formatted(POSITION_EMBEDS)));
    }

    @Test
    void updateAnswersAClickByReplacingTheMessageWithItsNewControls() throws IOException {
        adapter.update(TARGET, PAGE);

        RecordedRequest request = only(discord.awaitRequests(1, WAIT));
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/v10/interactions/1234/" + TOKEN + "/callback");
        assertThat(json.readTree(request.body())).isEqualTo(json.readTree("""
                {"type":7,"data":{"embeds":[{"title":"Directory","color":%d,
                                             "fields":[{"name":"Nym","value":"paul","inline":false}]}],
                  "components":[{"type":1,"components":[
                      {"type":2,"custom_id":"tg:directory:prev:42","style":2,"label":"Prev","disabled":true},
                      {"type":2,"custom_id":"tg:directory:next:42","style":1,"label":"Next","disabled":false}]}],
                  "allowed_mentions":{"parse":[]}}}""".formatted(EmbedRenderer.COLOUR)));
    }

    @Test
    void deferUpdateAcknowledgesAClickWithTypeSixAndNoDataThenTheOriginalIsEdited() throws IOException {
        adapter.deferUpdate(TARGET);
        adapter.editOriginal(TARGET, PAGE);

        List<RecordedRequest> requests = discord.awaitRequests(2, WAIT);
        assertThat(json.readTree(requests.get(0).body())).isEqualTo(json.readTree("{\"type\":6}"));
        assertThat(requests.get(1).method()).isEqualTo("PATCH");
        assertThat(json.readTree(requests.get(1).body()).at("/components/0/components/1/custom_id").asText())
                .isEqualTo("tg:directory:next:42");
    }

    @Test
    void suggestAnswersAutocompleteWithTypeEightAndAtMost25Choices() throws IOException {
        List<Choice> many = IntStream.range(0, 40).mapToObj(i -> new Choice("nym" + i, "nym" + i)).toList();

        adapter.suggest(TARGET, many);

        JsonNode body = json.readTree(only(discord.awaitRequests(1, WAIT)).body());
        assertThat(body.path("type").asInt()).isEqualTo(8);
        assertThat(body.at("/data/choices")).hasSize(25);
        assertThat(body.at("/data/choices/0")).isEqualTo(json.readTree("{\"name\":\"nym0\",\"value\":\"nym0\"}"));
    }

    @Test
    void pathSegmentsArePercentEncoded() {
        ReplyTarget odd = new ReplyTarget("12 34", "a/b+c?d#é", "app id");

        adapter.defer(odd, false);
        adapter.editOriginal(odd, POSITION);

        assertThat(discord.awaitRequests(2, WAIT)).extracting(RecordedRequest::path).containsExactly(
                "/api/v10/interactions/12%2034/a%2Fb%2Bc%3Fd%23%C3%A9/callback",
                "/api/v10/webhooks/app%20id/a%2Fb%2Bc%3Fd%23%C3%A9/messages/@original");
    }

    @Test
    void everyCallSendsJsonWithDiscordsBotUserAgent() throws IOException {
        List<Headers> seen = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            synchronized (seen) {
                seen.add(exchange.getRequestHeaders());
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10");
        try (var direct = new DiscordRestAdapter(new DiscordApiSettings(base, Duration.ofSeconds(2)))) {
            direct.respond(TARGET, POSITION);
            direct.defer(TARGET, false);
            direct.editOriginal(TARGET, POSITION);
            direct.update(TARGET, PAGE);
            direct.deferUpdate(TARGET);
            direct.suggest(TARGET, List.of(new Choice("a", "a")));
        } finally {
            server.stop(0);
        }

        synchronized (seen) {
            assertThat(seen).hasSize(6).allSatisfy(headers -> {
                assertThat(headers.getFirst("Content-Type")).isEqualTo("application/json");
                assertThat(headers.getFirst("User-Agent")).isEqualTo("DiscordBot (https://github.com/tiergate, 0.1)");
                assertThat(headers.containsKey("Authorization")).as("interaction routes need no bot token").isFalse();
            });
        }
    }

    static Stream<Arguments> discordRefusals() {
        return Stream.of(
                Arguments.of(500, "{\"message\":\"500: Internal Server Error\",\"code\":0}",
                        Refusal.RETRYABLE, List.of("Discord failed", "HTTP 500")),
                Arguments.of(502, "<html>Bad gateway</html>", Refusal.RETRYABLE, List.of("Discord failed", "HTTP 502")),
                Arguments.of(404, "{\"message\":\"Unknown interaction\",\"code\":10062}",
                        Refusal.EXPIRED, List.of("interaction expired", "HTTP 404, code 10062")),
                Arguments.of(404, "{\"message\":\"Unknown Message\",\"code\":10008}",
                        Refusal.EXPIRED, List.of("original message gone", "HTTP 404, code 10008")),
                Arguments.of(404, "{\"message\":\"Unknown Webhook\",\"code\":10015}",
                        Refusal.EXPIRED, List.of("interaction webhook gone", "HTTP 404, code 10015")),
                Arguments.of(400, "{\"message\":\"Interaction has already been acknowledged.\",\"code\":40060}",
                        Refusal.ALREADY_ANSWERED, List.of("already answered", "HTTP 400, code 40060")),
                Arguments.of(400, "{\"message\":\"Invalid Form Body\",\"code\":50035,\"errors\":{}}",
                        Refusal.REFUSED, List.of("rejected", "HTTP 400, code 50035")),
                Arguments.of(401, "{\"message\":\"Invalid Webhook Token\",\"code\":50027}",
                        Refusal.REFUSED, List.of("rejected", "HTTP 401, code 50027")),
                Arguments.of(403, "{\"message\":\"Missing Access\",\"code\":50001}",
                        Refusal.REFUSED, List.of("rejected", "HTTP 403, code 50001")));
    }

    @ParameterizedTest(name = "HTTP {0} {1} → {2}")
    @MethodSource("discordRefusals")
    void refusalsMapToWhyDiscordRefusedWithoutTheToken(int status, String body, Refusal refusal, List<String> said) {
        discord.script("(POST /interactions|PATCH /webhooks)/.*", Integer.MAX_VALUE,
                new ScriptedAnswer(status, body, Map.of()));
        for (Consumer<DiscordRestAdapter> call : ALL_CALLS) {
            ReplyNotDeliveredException e = catchThrowableOfType(ReplyNotDeliveredException.class,
                    () -> call.accept(adapter));

            assertThat(e).as("a refused call throws").isNotNull();
            assertThat(e.refusal()).isEqualTo(refusal);
            assertThat(e.retryable()).isEqualTo(refusal == Refusal.RETRYABLE);
            assertThat(e.retryAfter()).isEmpty();
            assertThat(e.getMessage()).contains(said).contains("interaction 1234");
            assertTokenFree(e);
        }
        int attempts = status >= 500 ? 3 : 1;
        assertThat(discord.awaitRequests(ALL_CALLS.size() * attempts, WAIT)).as("5xx are tried three times, the rest once")
                .hasSize(ALL_CALLS.size() * attempts);
        assertThat(telemetry.answered(Lane.INTERACTION, AnswerStatus.of(status))).isEqualTo(ALL_CALLS.size() * attempts);
        assertThat(telemetry.invalidRequests()).as("401 and 403 are invalid requests")
                .isEqualTo(status == 401 || status == 403 ? ALL_CALLS.size() : 0);
    }

    @Test
    void aPlain404OnAnEditMeansTheOriginalIsGoneButOnACallbackARefusal() {
        discord.script("(POST /interactions|PATCH /webhooks)/.*", 2,
                new ScriptedAnswer(404, "{\"message\":\"404: Not Found\",\"code\":0}", Map.of()));

        ReplyNotDeliveredException edit = catchThrowableOfType(ReplyNotDeliveredException.class,
                () -> adapter.editOriginal(TARGET, POSITION));
        ReplyNotDeliveredException callback = catchThrowableOfType(ReplyNotDeliveredException.class,
                () -> adapter.respond(TARGET, POSITION));

        assertThat(edit.refusal()).isEqualTo(Refusal.EXPIRED);
        assertThat(edit.getMessage()).contains("original message not found");
        assertThat(callback.refusal()).isEqualTo(Refusal.REFUSED);
    }

    @Test
    void aSecondInitialResponseIsRefusedAsAlreadyAnswered() {
        adapter.defer(TARGET, true);

        ReplyNotDeliveredException e = catchThrowableOfType(ReplyNotDeliveredException.class,
                () -> adapter.respond(TARGET, POSITION));

        assertThat(e).isNotNull();
        assertThat(e.refusal()).isEqualTo(Refusal.ALREADY_ANSWERED);
        assertThat(e.getMessage()).contains("already answered", "code 40060");
        assertThat(discord.requests()).as("40060 is never retried").hasSize(2);
        assertTokenFree(e);
    }

    @Test
    void a429IsWaitedOutForItsRetryAfterThenTheCallbackGoesThrough() {
        discord.script("POST /interactions/.*", 1, ScriptedAnswer.rateLimited(Duration.ofMillis(400), "user"));

        long started = System.nanoTime();
        adapter.respond(TARGET, POSITION);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(discord.requests()).hasSize(2);
        assertThat(took).as("the retry waited retry_after").isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(logs.lines()).contains("discord-stand-in reply to interaction 1234 (ephemeral): Your position"
                + " | **nym** is ranked **#12**. | Score: 1,234.5 | Status: Fedaykin");
        assertThat(telemetry.rateLimited(Lane.INTERACTION, RateLimitScope.USER)).isEqualTo(1);
        assertThat(telemetry.invalidRequests()).as("a user-scope 429 is an invalid request").isEqualTo(1);
    }

    @Test
    void a429ThatOutlastsTheCallbacksBudgetIsRetryableWithDiscordsWait() {
        discord.script("POST /interactions/.*", 1, ScriptedAnswer.rateLimited(Duration.ofMillis(2500), "shared"));

        ReplyNotDeliveredException e = catchThrowableOfType(ReplyNotDeliveredException.class,
                () -> adapter.defer(TARGET, true));

        assertThat(e.refusal()).isEqualTo(Refusal.RETRYABLE);
        assertThat(e.retryAfter()).contains(Duration.ofMillis(2500));
        assertThat(e.getMessage()).contains("rate limited, retry after 2500 ms", "HTTP 429, shared limit");
        assertThat(discord.requests()).hasSize(1);
        assertThat(telemetry.rateLimited(Lane.INTERACTION, RateLimitScope.SHARED)).isEqualTo(1);
        assertThat(telemetry.invalidRequests()).as("a shared-scope 429 is not an invalid request").isZero();
        assertTokenFree(e);
    }

    @Test
    void anEditWaitsOutOne429OnlyThenItIsRetryable() {
        discord.script("PATCH /webhooks/.*", 2, ScriptedAnswer.rateLimited(Duration.ofMillis(200), "user"));

        ReplyNotDeliveredException e = catchThrowableOfType(ReplyNotDeliveredException.class,
                () -> adapter.editOriginal(TARGET, POSITION));

        assertThat(e.refusal()).isEqualTo(Refusal.RETRYABLE);
        assertThat(e.retryAfter()).contains(Duration.ofMillis(200));
        assertThat(discord.requests()).hasSize(2);
    }

    @Test
    void a500IsRetriedAfterABackOffThenTheEditGoesThrough() {
        discord.script("PATCH /webhooks/.*", 1, ScriptedAnswer.error(500, 0, "500: Internal Server Error"));

        adapter.editOriginal(TARGET, POSITION);

        assertThat(discord.requests()).extracting(RecordedRequest::method).containsExactly("PATCH", "PATCH");
        assertThat(logs.lines()).anyMatch(line -> line.startsWith("discord-stand-in edited reply"));
        assertThat(telemetry.unanswered(Lane.INTERACTION)).isZero();
        assertThat(telemetry.invalidRequests()).as("a 5xx is not an invalid request").isZero();
    }

    @Test
    void anEditLearnsItsBucketAndWaitsForTheResetInsteadOfRunningIntoA429() {
        long started = System.nanoTime();
        List<Long> doneMillis = new ArrayList<>();
        for (int edit = 0; edit < StandInRateLimits.BUCKET_LIMIT + 3; edit++) {
            adapter.editOriginal(TARGET, new Reply("Progress", "step " + edit, List.of(), true));
            doneMillis.add((System.nanoTime() - started) / 1_000_000);
        }

        assertThat(discord.requests()).hasSize(StandInRateLimits.BUCKET_LIMIT + 3);
        assertThat(logs.lines()).noneMatch(line -> line.startsWith("discord-stand-in rate-limited"));
        assertThat(telemetry.rateLimited(Lane.INTERACTION, RateLimitScope.USER)).isZero();
        assertThat(doneMillis.get(StandInRateLimits.BUCKET_LIMIT)).as("the 11th edit waited for the bucket's reset")
                .isGreaterThanOrEqualTo(StandInRateLimits.BUCKET_RESET.toMillis());
    }

    @Test
    void aCallbackWaitsForASpentBucketWhoseResetFitsItsBudget() {
        discord.script("POST /interactions/1234/.*", 1, spentBucket(Duration.ofMillis(500)));
        adapter.deferUpdate(TARGET);

        long started = System.nanoTime();
        adapter.update(TARGET, PAGE);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(discord.requests()).hasSize(2);
        assertThat(took).as("the second callback waited for the reset").isGreaterThanOrEqualTo(Duration.ofMillis(450));
        assertThat(logs.lines()).noneMatch(line -> line.startsWith("discord-stand-in rate-limited"));
    }

    @Test
    void aCallbackNeverGoesIntoASpentBucketWhoseResetOutlastsItsBudget() {
        discord.script("POST /interactions/1234/.*", 1, spentBucket(Duration.ofSeconds(5)));
        adapter.deferUpdate(TARGET);

        ReplyNotDeliveredException e = catchThrowableOfType(ReplyNotDeliveredException.class,
                () -> adapter.update(TARGET, PAGE));
        adapter.respond(new ReplyTarget("1235", TOKEN + "other", "5678"), POSITION);

        assertThat(e.refusal()).isEqualTo(Refusal.RETRYABLE);
        assertThat(e.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(4),
                Duration.ofSeconds(5)));
        assertThat(e.getMessage()).contains("a rate limit is spent");
        assertThat(discord.requests()).as("nothing was sent into the spent bucket; another interaction's is its own")
                .extracting(RecordedRequest::path).containsExactly("/api/v10/interactions/1234/" + TOKEN + "/callback",
                        "/api/v10/interactions/1235/" + TOKEN + "other/callback");
        assertTokenFree(e);
    }

    @Test
    void aSlowAnswerTimesOutAndTheRetryGoesThrough() throws IOException {
        AtomicInteger received = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            if (received.incrementAndGet() == 1) {
                sleep(Duration.ofSeconds(1));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10");
        try (var slowOnce = new DiscordRestAdapter(new DiscordApiSettings(base, Duration.ofMillis(300)), telemetry)) {
            slowOnce.respond(TARGET, POSITION);
        } finally {
            server.stop(0);
        }

        assertThat(received).hasValue(2);
        assertThat(telemetry.unanswered(Lane.INTERACTION)).isEqualTo(1);
        assertThat(logs.lines()).anyMatch(line -> line.contains("failed (no answer within 300 ms); retrying in 100 ms"));
    }

    @Test
    void aServerThatNeverAnswersHitsTheRequestTimeoutAndIsRetryable() throws Exception {
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        List<Socket> held = new ArrayList<>();
        Thread acceptor = Thread.startVirtualThread(() -> {
            try {
                while (true) {
                    held.add(silent.accept()); // accept, read nothing, answer nothing
                }
            } catch (IOException closed) {
                held.forEach(DiscordRestAdapterIT::closeQuietly);
            }
        });
        URI base = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/api/v10");
        try (var slow = new DiscordRestAdapter(new DiscordApiSettings(base, Duration.ofMillis(300)), telemetry)) {
            long started = System.nanoTime();
            ReplyNotDeliveredException e = catchThrowableOfType(ReplyNotDeliveredException.class,
                    () -> slow.respond(TARGET, POSITION));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(e).isNotNull();
            assertThat(e.refusal()).isEqualTo(Refusal.RETRYABLE);
            assertThat(e.getMessage()).contains("no answer within 300 ms");
            assertTokenFree(e);
            assertThat(telemetry.unanswered(Lane.INTERACTION)).as("tried three times").isEqualTo(3);
            assertThat(took).as("three timed-out attempts and two back-offs, within the callback's budget")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1_200))
                    .isLessThanOrEqualTo(Duration.ofMillis(DiscordRestAdapter.CALLBACK_BUDGET_MILLIS + 500));
        } finally {
            silent.close();
            assertThat(acceptor.join(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void aRefusedConnectionIsRetryable() throws IOException {
        int closedPort = FreePort.onLoopback("nothing listening");
        URI base = URI.create("http://127.0.0.1:" + closedPort + "/api/v10");
        try (var unreachable = new DiscordRestAdapter(new DiscordApiSettings(base, Duration.ofSeconds(1)), telemetry)) {
            ReplyNotDeliveredException e = catchThrowableOfType(ReplyNotDeliveredException.class,
                    () -> unreachable.editOriginal(TARGET, POSITION));

            assertThat(e).isNotNull();
            assertThat(e.refusal()).isEqualTo(Refusal.RETRYABLE);
            assertThat(telemetry.unanswered(Lane.INTERACTION)).as("tried three times").isEqualTo(3);
            assertThat(e.getMessage()).contains("transport failure", "PATCH /webhooks/{application_id}/{token}");
            assertTokenFree(e);
        }
    }

    @Test
    void theStandInLogsEachReplyReadablyWithoutTheToken() {
        adapter.respond(TARGET, POSITION);
        ReplyTarget later = new ReplyTarget("1299", TOKEN + "later", "5678");
        adapter.defer(later, false);
        adapter.editOriginal(later, new Reply("Badges", "", List.of(new ReplyField("Earned", "Sandwalker", false)),
                false));

        assertThat(logs.lines()).contains(
                "discord-stand-in reply to interaction 1234 (ephemeral): Your position | **nym** is ranked **#12**. "
                        + "| Score: 1,234.5 | Status: Fedaykin",
                "discord-stand-in deferred interaction 1299 (public)",
                "discord-stand-in edited reply to interaction 1299 (public): Badges | Earned: Sandwalker");
    }

    @Test
    void theStandInLogsControlsClicksAndSuggestionsReadably() {
        adapter.respond(TARGET, PAGE);
        adapter.update(new ReplyTarget("1300", TOKEN + "click", "5678"), PAGE);
        adapter.deferUpdate(new ReplyTarget("1301", TOKEN + "slow", "5678"));
        adapter.suggest(new ReplyTarget("1302", TOKEN + "typing", "5678"),
                List.of(new Choice("Paul", "paul"), new Choice("Chani", "chani")));

        assertThat(logs.lines()).contains(
                "discord-stand-in reply to interaction 1234 (ephemeral): Directory | Nym: paul "
                        + "| [Prev (disabled)] [Next ✓]",
                "discord-stand-in updated the message of interaction 1300: Directory | Nym: paul "
                        + "| [Prev (disabled)] [Next ✓]",
                "discord-stand-in deferred an update for interaction 1301",
                "discord-stand-in suggested to interaction 1302: Paul, Chani");
    }

    /** A callback answered with a bucket Discord says is spent until {@code resetAfter}. */
    private static ScriptedAnswer spentBucket(Duration resetAfter) {
        return new ScriptedAnswer(204, "", Map.of("X-RateLimit-Bucket", "callbacks", "X-RateLimit-Limit", "1",
                "X-RateLimit-Remaining", "0", "X-RateLimit-Reset-After", Double.toString(resetAfter.toMillis() / 1000.0)));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RecordedRequest only(List<RecordedRequest> requests) {
        assertThat(requests).hasSize(1);
        return requests.getFirst();
    }

    private static void assertTokenFree(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN);
            assertThat(t.toString()).doesNotContain(TOKEN);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the test is over; nothing depends on this socket any more
        }
    }
}

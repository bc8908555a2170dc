package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tiergate.adapter.out.discord.DiscordClientTelemetry.AnswerStatus;
import dev.tiergate.adapter.out.discord.DiscordClientTelemetry.Lane;
import dev.tiergate.adapter.out.discord.DiscordClientTelemetry.RateLimitScope;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.BotRequest;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.ScriptedAnswer;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyNotDeliveredException;
import dev.tiergate.application.port.out.interaction.ReplyTarget;
import dev.tiergate.application.port.out.registration.CommandsNotRegisteredException;
import dev.tiergate.application.port.out.role.RoleChange;
import dev.tiergate.domain.command.CommandCatalog;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.testing.Arrivals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The shaped lane over real loopback HTTP against the stand-in, which limits like Discord (50/s
 * overall, 10 per second per route and guild): the global pace, also for a long backlog, learned
 * buckets, 429s, the deadline, the halt on 401, the invalid-request count (shared with the interaction
 * lane) and pause, and interaction callbacks passing untouched.
 */
@Timeout(30)
class BotRequestLaneIT {

    private static final String TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.Gx9f2a.lane-test-secret";
    private static final DiscordBotCredentials CREDENTIALS = new DiscordBotCredentials("100000000000000001", TOKEN);
    private static final CommunityId GUILD = new CommunityId("200000000000000002");
    private static final CommunityId OTHER_GUILD = new CommunityId("200000000000000003");
    private static final UserId MEMBER = new UserId("300000000000000003");
    private static final String SPICE = "400000000000000004";

    private final CapturedLogs logs = new CapturedLogs();
    private final LocalDiscordStandIn discord = LocalDiscordStandIn.start(0);
    private final DiscordClientTelemetry telemetry = new DiscordClientTelemetry();
    private final List<AutoCloseable> lanes = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable lane : lanes) {
            lane.close();
        }
        discord.close();
        logs.close();
        assertThat(logs.lines()).noneMatch(line -> line.contains(TOKEN));
    }

    @Test
    void botCallsNeverExceedTheGlobalRateWhileInteractionCallbacksPassAtOnce() throws Exception {
        BotRequestLane lane = lane(new BotLaneSettings(45, Duration.ofSeconds(20), 5_000));
        DiscordRoleAdapter roles = new DiscordRoleAdapter(lane);
        List<Future<RoleChange>> changes = new ArrayList<>();
        List<Long> callbackMillis = new ArrayList<>();
        Instant callbacksDone;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
                DiscordRestAdapter interactions = new DiscordRestAdapter(
                        new DiscordApiSettings(discord.baseUrl(), Duration.ofSeconds(2)))) {
            interactions.respond(new ReplyTarget("8999", "warm-up-token", "100000000000000001"),
                    new Reply("Warm", "up", List.of(), true));
            for (int call = 0; call < 150; call++) {
                CommunityId guild = new CommunityId(Long.toString(200_000_000_000_000_100L + call % 30));
                changes.add(threads.submit(() -> roles.addRole(guild, MEMBER, SPICE, "load")));
            }
            Thread.sleep(500);
            for (int callback = 0; callback < 20; callback++) {
                long start = System.nanoTime();
                interactions.respond(new ReplyTarget("9000" + callback, "interaction-token-" + callback,
                        "100000000000000001"), new Reply("Hi", "there", List.of(), true));
                callbackMillis.add((System.nanoTime() - start) / 1_000_000);
            }
            callbacksDone = Instant.now();
            for (Future<RoleChange> change : changes) {
                assertThat(change.get()).isEqualTo(new RoleChange.Applied());
            }
        }

        List<Instant> arrivals = discord.botRequests().stream().map(BotRequest::receivedAt).sorted().toList();
        assertThat(arrivals).hasSize(150);
        assertThat(discord.botRequests()).extracting(BotRequest::status).containsOnly(204);
        int busiest = Arrivals.busiestSecond(arrivals);
        assertThat(busiest).as("bot calls in the busiest second").isBetween(35, 45);
        assertThat(Duration.between(arrivals.getFirst(), arrivals.getLast())).as("150 calls at 45 a second at most")
                .isGreaterThan(Duration.ofSeconds(3));
        assertThat(callbacksDone).as("every callback overtook the queued bot calls")
                .isBefore(arrivals.getLast().minusSeconds(1));
        assertThat(callbackMillis).as("callback round trips (ms) while 150 bot calls queue").allMatch(ms -> ms < 1_000);
        assertThat(discord.requests()).filteredOn(request -> request.path().contains("/callback")).hasSize(21);
    }

    @Test
    void aSpentRouteBucketWaitsForItsResetInsteadOfRunningIntoA429() throws Exception {
        List<Long> botWaits = new CopyOnWriteArrayList<>();
        telemetry.reportAdmissionWaitsTo((lane, nanos) -> {
            if (lane == Lane.BOT) {
                botWaits.add(nanos);
            }
        });
        DiscordRoleAdapter roles = new DiscordRoleAdapter(lane(BotLaneSettings.DEFAULTS));
        List<Future<RoleChange>> changes = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int call = 0; call < 25; call++) {
                UserId member = new UserId(Long.toString(300_000_000_000_000_100L + call));
                changes.add(threads.submit(() -> roles.addRole(GUILD, member, SPICE, "bucket")));
            }
            for (Future<RoleChange> change : changes) {
                assertThat(change.get()).isEqualTo(new RoleChange.Applied());
            }
        }

        List<BotRequest> requests = discord.botRequests();
        assertThat(requests).hasSize(25).extracting(BotRequest::status).containsOnly(204);
        List<Instant> arrivals = requests.stream().map(BotRequest::receivedAt).sorted().toList();
        assertThat(Duration.between(arrivals.getFirst(), arrivals.get(10)))
                .as("the 11th call waits for the bucket's reset").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(Duration.between(arrivals.getFirst(), arrivals.get(20))).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(botWaits).as("every call reports its admission wait").hasSize(25);
        assertThat(botWaits.stream().mapToLong(Long::longValue).max().orElseThrow())
                .as("the last calls waited out two resets").isGreaterThanOrEqualTo(Duration.ofMillis(1_500).toNanos());
    }

    @Test
    void a429IsWaitedOutForItsRetryAfterThenTheCallSucceeds() {
        BotRequestLane lane = lane(BotLaneSettings.DEFAULTS);
        discord.script("PUT /guilds/.*", 1, ScriptedAnswer.rateLimited(Duration.ofMillis(400), "user"));

        RoleChange change = new DiscordRoleAdapter(lane).addRole(GUILD, MEMBER, SPICE, "retry");

        assertThat(change).isEqualTo(new RoleChange.Applied());
        List<BotRequest> requests = discord.botRequests();
        assertThat(requests).extracting(BotRequest::status).containsExactly(429, 204);
        assertThat(Duration.between(requests.get(0).receivedAt(), requests.get(1).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(discord.rolesOf(GUILD, MEMBER)).containsExactly(SPICE);
        assertThat(telemetry.invalidRequests()).isEqualTo(1);
    }

    @Test
    void aWaitBeyondTheDeadlineIsAnsweredAsRateLimitedWithoutBlocking() {
        BotRequestLane lane = lane(new BotLaneSettings(45, Duration.ofMillis(300), 5_000));
        DiscordRoleAdapter roles = new DiscordRoleAdapter(lane);
        discord.script("PUT /guilds/.*", 1, ScriptedAnswer.rateLimited(Duration.ofSeconds(30), "user"));

        long start = System.nanoTime();
        RoleChange first = roles.addRole(GUILD, MEMBER, SPICE, "r");
        RoleChange again = roles.addRole(GUILD, MEMBER, SPICE, "r");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        RoleChange elsewhere = roles.addRole(OTHER_GUILD, MEMBER, SPICE, "r");

        assertThat(first).isInstanceOf(RoleChange.RateLimited.class);
        assertThat(((RoleChange.RateLimited) first).retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(again).isInstanceOf(RoleChange.RateLimited.class);
        assertThat(((RoleChange.RateLimited) again).retryAfter()).isGreaterThan(Duration.ofSeconds(29));
        assertThat(first.retryable()).isTrue();
        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertThat(elsewhere).as("another guild's bucket").isEqualTo(new RoleChange.Applied());
        assertThat(discord.botRequests()).extracting(BotRequest::status).containsExactly(429, 204);
    }

    @Test
    void aGlobal429HoldsEveryBotCall() {
        BotRequestLane lane = lane(new BotLaneSettings(45, Duration.ofMillis(300), 5_000));
        DiscordRoleAdapter roles = new DiscordRoleAdapter(lane);
        discord.script("PUT /guilds/.*", 1, ScriptedAnswer.rateLimited(Duration.ofSeconds(10), "global"));

        RoleChange first = roles.addRole(GUILD, MEMBER, SPICE, "r");
        RoleChange other = roles.removeRole(OTHER_GUILD, MEMBER, SPICE, "r");

        assertThat(first).isEqualTo(new RoleChange.RateLimited(Duration.ofSeconds(10)));
        assertThat(other).isInstanceOf(RoleChange.RateLimited.class);
        assertThat(discord.botRequests()).hasSize(1);
        assertThat(telemetry.rateLimited(Lane.BOT, RateLimitScope.GLOBAL)).isEqualTo(1);
        assertThat(telemetry.rateLimited(Lane.BOT, RateLimitScope.USER)).isZero();
    }

    @Test
    void a401StopsEveryBotCallUntilRestartButNotInteractionCallbacks() {
        BotRequestLane lane = lane(BotLaneSettings.DEFAULTS);
        DiscordRoleAdapter roles = new DiscordRoleAdapter(lane);
        DiscordCommandRegistryAdapter registry = new DiscordCommandRegistryAdapter(lane);
        discord.script("PUT /guilds/.*", 1, ScriptedAnswer.error(401, 0, "401: Unauthorized"));

        RoleChange refused = roles.addRole(GUILD, MEMBER, SPICE, "r");
        RoleChange after = roles.removeRole(OTHER_GUILD, MEMBER, SPICE, "r");
        CommandsNotRegisteredException registration = catchThrowableOfType(CommandsNotRegisteredException.class,
                () -> registry.overwrite(Optional.of(GUILD), CommandCatalog.TIERGATE));

        assertThat(refused).isEqualTo(new RoleChange.Unauthorized());
        assertThat(after).isEqualTo(new RoleChange.Unauthorized());
        assertThat(registration.getMessage()).contains("bot token was refused").doesNotContain(TOKEN);
        assertThat(discord.botRequests()).hasSize(1);
        assertThat(telemetry.botCallsHalted()).isTrue();
        assertThat(logs.lines()).filteredOn(line -> line.contains("refused the bot token")).hasSize(1);
        try (DiscordRestAdapter interactions = new DiscordRestAdapter(
                new DiscordApiSettings(discord.baseUrl(), Duration.ofSeconds(2)))) {
            interactions.respond(new ReplyTarget("9001", "interaction-token", "100000000000000001"),
                    new Reply("Still", "answering", List.of(), true));
        }
        assertThat(discord.requests()).anyMatch(request -> request.path().endsWith("/callback"));
    }

    @Test
    void theInvalidRequestCountHolds401And403AndNonShared429sOnly() {
        BotRequestLane lane = lane(BotLaneSettings.DEFAULTS);
        DiscordRoleAdapter roles = new DiscordRoleAdapter(lane);
        discord.script("PUT /guilds/\\d+/members/\\d+/roles/400000000000000010", 1,
                ScriptedAnswer.error(403, 50013, "Missing Permissions"));
        discord.script("PUT /guilds/\\d+/members/\\d+/roles/400000000000000011", 1,
                ScriptedAnswer.rateLimited(Duration.ofMillis(100), "user"));
        discord.script("PUT /guilds/\\d+/members/\\d+/roles/400000000000000012", 1,
                ScriptedAnswer.rateLimited(Duration.ofMillis(100), "shared"));
        discord.script("PUT /guilds/\\d+/members/\\d+/roles/400000000000000013", 1,
                ScriptedAnswer.error(404, 10011, "Unknown Role"));

        roles.addRole(GUILD, MEMBER, "400000000000000010", "r");
        assertThat(telemetry.invalidRequests()).isEqualTo(1);
        roles.addRole(GUILD, MEMBER, "400000000000000011", "r");
        assertThat(telemetry.invalidRequests()).isEqualTo(2);
        roles.addRole(GUILD, MEMBER, "400000000000000012", "r");
        assertThat(telemetry.invalidRequests()).as("a shared-scope 429 is not invalid").isEqualTo(2);
        assertThat(telemetry.rateLimited(Lane.BOT, RateLimitScope.SHARED)).isEqualTo(1);
        roles.addRole(GUILD, MEMBER, "400000000000000013", "r");
        assertThat(telemetry.invalidRequests()).as("a 404 is not invalid").isEqualTo(2);
        discord.script("PUT /guilds/.*", 1, ScriptedAnswer.error(401, 0, "401: Unauthorized"));
        roles.addRole(GUILD, MEMBER, SPICE, "r");
        assertThat(telemetry.invalidRequests()).isEqualTo(3);
    }

    @Test
    void atThePauseThresholdBotCallsStopBeingSent() {
        BotRequestLane lane = lane(new BotLaneSettings(45, Duration.ofSeconds(5), 2));
        DiscordRoleAdapter roles = new DiscordRoleAdapter(lane);
        discord.refuseRole(SPICE);

        roles.addRole(GUILD, MEMBER, SPICE, "r");
        roles.addRole(GUILD, MEMBER, SPICE, "r");
        RoleChange paused = roles.addRole(GUILD, MEMBER, "400000000000000099", "r");
        roles.addRole(GUILD, MEMBER, "400000000000000099", "r");

        assertThat(paused).isEqualTo(new RoleChange.Unavailable("bot calls paused after 2 invalid requests in 10 minutes"));
        assertThat(discord.botRequests()).hasSize(2);
        assertThat(logs.lines()).filteredOn(line -> line.contains("Bot calls to Discord are paused")).hasSize(1);
    }

    @Test
    void aBacklogRunsNearTheLanesPaceWithoutASingleGlobal429() throws Exception {
        DiscordRoleAdapter roles = new DiscordRoleAdapter(lane(BotLaneSettings.DEFAULTS));
        int calls = 600;
        AtomicInteger next = new AtomicInteger();
        List<RoleChange> changes = new CopyOnWriteArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int thread = 0; thread < 32; thread++) {
                threads.submit(() -> {
                    for (int call = next.getAndIncrement(); call < calls; call = next.getAndIncrement()) {
                        CommunityId guild = new CommunityId(Long.toString(200_000_000_000_000_100L + call % 40));
                        UserId member = new UserId(Long.toString(300_000_000_000_000_100L + call));
                        changes.add(roles.addRole(guild, member, SPICE, "backlog"));
                    }
                });
            }
        }

        List<BotRequest> requests = discord.botRequests();
        List<Instant> arrivals = requests.stream().map(BotRequest::receivedAt).sorted().toList();
        int peak = Arrivals.busiestSecond(arrivals);
        double sustained = (arrivals.size() - 1) / (Duration.between(arrivals.getFirst(), arrivals.getLast()).toNanos() / 1e9);
        long global429s = telemetry.rateLimited(Lane.BOT, RateLimitScope.GLOBAL);
        System.out.printf(Locale.ROOT, "DISCORD-PEAK-RATE %d requests in the busiest 1-second window, %.1f req/s sustained,"
                + " %d role calls from 32 virtual threads (lane limit 45/s, stub enforces 50/s), %d global 429s, %d 429s in all%n",
                peak, sustained, requests.size(), global429s, requests.stream().filter(r -> r.status() == 429).count());
        assertThat(changes).hasSize(calls).containsOnly(new RoleChange.Applied());
        assertThat(global429s).isZero();
        assertThat(requests).hasSize(calls).extracting(BotRequest::status).containsOnly(204);
        assertThat(peak).as("requests in the busiest second").isLessThanOrEqualTo(StandInRateLimits.GLOBAL_LIMIT);
        assertThat(sustained).as("requests per second over the backlog").isGreaterThanOrEqualTo(0.9 * 45);
        assertThat(telemetry.answered(Lane.BOT, AnswerStatus.SUCCESS)).isEqualTo(calls);
        assertThat(telemetry.waiting(Lane.BOT)).isZero();
    }

    @Test
    void refusedInteractionCallsCountTowardsTheBotPauseSinceDiscordCountsPerIp() {
        BotRequestLane lane = lane(new BotLaneSettings(45, Duration.ofSeconds(5), 2));
        discord.script("POST /interactions/.*", 2, ScriptedAnswer.error(401, 50027, "Invalid Webhook Token"));
        try (DiscordRestAdapter interactions = new DiscordRestAdapter(
                new DiscordApiSettings(discord.baseUrl(), Duration.ofSeconds(2)), telemetry)) {
            for (String id : List.of("9101", "9102")) {
                ReplyNotDeliveredException refused = catchThrowableOfType(ReplyNotDeliveredException.class,
                        () -> interactions.defer(new ReplyTarget(id, "interaction-token-" + id, "100000000000000001"), true));
                assertThat(refused.refusal()).isEqualTo(ReplyNotDeliveredException.Refusal.REFUSED);
            }
        }

        RoleChange paused = new DiscordRoleAdapter(lane).addRole(GUILD, MEMBER, SPICE, "r");

        assertThat(paused).isEqualTo(new RoleChange.Unavailable("bot calls paused after 2 invalid requests in 10 minutes"));
        assertThat(telemetry.botCallsPaused()).isTrue();
        assertThat(telemetry.botCallsHalted()).as("an interaction's 401 refuses its token, not the bot's").isFalse();
        assertThat(discord.botRequests()).isEmpty();
        assertThat(telemetry.answered(Lane.INTERACTION, AnswerStatus.UNAUTHORIZED)).isEqualTo(2);
    }

    @Test
    void a401IsCountedUnderItsOwnStatusApartFromTheLanesOtherAnswers() {
        DiscordRoleAdapter roles = new DiscordRoleAdapter(lane(BotLaneSettings.DEFAULTS));
        discord.script("PUT /guilds/\\d+/members/\\d+/roles/400000000000000013", 1,
                ScriptedAnswer.error(404, 10011, "Unknown Role"));

        roles.addRole(GUILD, MEMBER, SPICE, "r");
        roles.addRole(GUILD, MEMBER, "400000000000000013", "r");
        discord.script("PUT /guilds/.*", 1, ScriptedAnswer.error(401, 0, "401: Unauthorized"));
        roles.addRole(GUILD, MEMBER, SPICE, "r");
        roles.addRole(GUILD, MEMBER, SPICE, "r");

        assertThat(discord.botRequests()).extracting(BotRequest::status).containsExactly(204, 404, 401);
        assertThat(telemetry.answered(Lane.BOT, AnswerStatus.UNAUTHORIZED)).isEqualTo(1);
        assertThat(telemetry.answered(Lane.BOT, AnswerStatus.SUCCESS)).isEqualTo(1);
        assertThat(telemetry.answered(Lane.BOT, AnswerStatus.NOT_FOUND)).isEqualTo(1);
        assertThat(telemetry.answered(Lane.BOT, AnswerStatus.OTHER_CLIENT_ERROR)).as("401 is not lumped into 4xx").isZero();
        assertThat(telemetry.answered(Lane.INTERACTION, AnswerStatus.UNAUTHORIZED)).as("counted on the bot lane only").isZero();
        assertThat(telemetry.unanswered(Lane.BOT)).as("every call was answered").isZero();
    }

    private BotRequestLane lane(BotLaneSettings settings) {
        BotRequestLane lane = new BotRequestLane(new DiscordApiSettings(discord.baseUrl(), Duration.ofSeconds(2)),
                CREDENTIALS, settings, telemetry);
        lanes.add(lane);
        return lane;
    }
}

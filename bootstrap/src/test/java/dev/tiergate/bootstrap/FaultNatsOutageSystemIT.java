package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 6, faults 3 and 4: NATS fails under steady interaction traffic, killed -9 and restarted on its
 * store, or frozen with SIGSTOP for 10 s. The gateway keeps publishing, retrying with the same
 * Nats-Msg-Id until acknowledged; every interaction it got acknowledged is answered exactly once, or,
 * if it was older than Discord's 3 s when the service could take it, counted as expired.
 */
@Timeout(90)
class FaultNatsOutageSystemIT {

    private static final String GUILD = "777777777777770301";
    private static final int MEMBERS = 40;
    private static final String INTERACTIONS = "tiergate_interactions_total";
    private static final List<String> COMMANDS = List.of("\"command_name\":\"threshold\"",
            "\"command_name\":\"position\"", "\"command_name\":\"leaderboard\",\"subcommand\":\"score\"");
    private static RunningTiergate tiergate;
    private static CapturedLogs logs;
    private static AnswerLedger ledger;
    private static GatewayPublisher publisher;

    private static String member(int n) {
        return Long.toString(760_300_000_000_000_000L + n);
    }

    /** Interaction n of a load comes from a user of its own, so no member's rate limit answers instead. */
    private static SteadyLoad.Outgoing interaction(long firstUser, int n) {
        return new SteadyLoad.Outgoing("commands.interaction", GatewayMessage.interaction(GUILD,
                Long.toString(firstUser + n), COMMANDS.get(n % COMMANDS.size())));
    }

    @BeforeAll
    @Timeout(90)
    static void startWithARankedCommunity() throws Exception {
        logs = new CapturedLogs();
        tiergate = new RunningTiergate();
        ledger = AnswerLedger.watch(tiergate.discord);
        publisher = GatewayPublisher.connect(tiergate.nats.url());
        RankedCommunity.seed(tiergate, GUILD, MEMBERS, FaultNatsOutageSystemIT::member, n -> Integer.toString(2000 - 10 * n));
    }

    @AfterAll
    static void stop() throws Exception {
        publisher.close();
        ledger.close();
        tiergate.close();
        logs.close();
    }

    @Test
    void natsKilledMidLoadLosesNothingAndAnswersNothingTwice() throws Exception {
        String before = tiergate.get("/prometheus").body();
        try (SteadyLoad load = SteadyLoad.start(publisher, 400, 40, n -> interaction(761_300_000_000_000_000L, n))) {
            Eventually.await("a quarter of the load created", () -> load.createdSoFar() >= 100);
            tiergate.nats.kill();
            Thread.sleep(2000);
            tiergate.nats.restart();
            load.awaitPublished();
            List<GatewayMessage> sent = load.acknowledgedInteractions();

            InteractionAudit audit = settle(sent);

            String after = tiergate.get("/prometheus").body();
            boolean metered = PrometheusText.has(after, INTERACTIONS, "outcome=\"already_answered\"");
            long absorbed = metered
                    ? Math.round(PrometheusText.sum(after, INTERACTIONS, "outcome=\"already_answered\"")
                            - PrometheusText.sum(before, INTERACTIONS, "outcome=\"already_answered\""))
                    : answeredButLaterExpired(sent);
            System.out.printf("FAULT-3 sent=%d processed=%d duplicatesAbsorbed=%d lost=%d%n", sent.size(),
                    audit.answered(), absorbed, audit.lost().size());
            System.out.println("FAULT-3 duplicatesAbsorbed counted from " + (metered
                    ? "the metric " + INTERACTIONS + "{outcome=\"already_answered\"}"
                    : "the log: redeliveries of answered interactions refused as too late") + "; " + audit);
            assertThat(sent).as("the gateway got most of its load acknowledged").hasSizeGreaterThan(300);
            audit.assertExactlyOnce();
        }
    }

    @Test
    void natsFrozenForTenSecondsAnswersOnceAndExpiresWhatGrewTooOld() throws Exception {
        String before = tiergate.get("/prometheus").body();
        try (SteadyLoad load = SteadyLoad.start(publisher, 300, 20, n -> interaction(761_400_000_000_000_000L, n))) {
            Eventually.await("the load running", () -> load.createdSoFar() >= 60);
            tiergate.nats.pause();
            try {
                Thread.sleep(10_000);
            } finally {
                tiergate.nats.resume();
            }
            load.awaitPublished();
            List<GatewayMessage> sent = load.acknowledgedInteractions();

            InteractionAudit audit = settle(sent);

            String after = tiergate.get("/prometheus").body();
            double expired = PrometheusText.sum(after, INTERACTIONS, "outcome=\"expired\"")
                    - PrometheusText.sum(before, INTERACTIONS, "outcome=\"expired\"");
            System.out.println("FAULT-4 " + audit + " expiredMetric=" + Math.round(expired));
            assertThat(sent).as("the gateway got every publish acknowledged in the end").hasSize(300);
            audit.assertExactlyOnce();
            assertThat(audit.expired()).as("interactions created while NATS was frozen grew too old; " + audit)
                    .isPositive();
            assertThat(expired).as("each expiry counted in the metric").isGreaterThanOrEqualTo(audit.expired());
        }
    }

    /** Interactions answered once whose later redelivery the service refused as too old: absorbed duplicates. */
    private static long answeredButLaterExpired(List<GatewayMessage> sent) {
        Set<String> expiredIds = InteractionAudit.expiredIds(logs.lines());
        return sent.stream().filter(m -> expiredIds.contains(m.interactionId()))
                .filter(m -> !ledger.initialResponses(m).isEmpty()).count();
    }

    private static InteractionAudit settle(List<GatewayMessage> sent) throws Exception {
        InteractionAudit.awaitSettled(sent, ledger, logs::lines, Duration.ofSeconds(30));
        // A delivery whose acknowledgement died with NATS comes again after the 30 s ack wait.
        Durable.awaitDrained(publisher.connection(), Duration.ofSeconds(50), Durable.COMMANDS);
        return InteractionAudit.of(sent, ledger, logs.lines());
    }
}

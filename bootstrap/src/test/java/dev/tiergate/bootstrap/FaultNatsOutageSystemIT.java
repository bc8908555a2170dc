package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

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

    @RegisterExtension
    static final FaultBench.InThisJvm bench = FaultBench.inThisJvm()
            .withRankedCommunity(GUILD, MEMBERS, FaultNatsOutageSystemIT::member, n -> Integer.toString(2000 - 10 * n));

    private static String member(int n) {
        return Long.toString(760_300_000_000_000_000L + n);
    }

    /** Interaction n of a load comes from a user of its own, so no member's rate limit answers instead. */
    private static SteadyLoad.Outgoing interaction(long firstUser, int n) {
        return new SteadyLoad.Outgoing("commands.interaction", GatewayMessage.interaction(GUILD,
                Long.toString(firstUser + n), COMMANDS.get(n % COMMANDS.size())));
    }

    @Test
    void natsKilledMidLoadLosesNothingAndAnswersNothingTwice() throws Exception {
        Outage outage = underLoad(400, 40, 761_300_000_000_000_000L, load -> {
            Eventually.await("a quarter of the load created", () -> load.createdSoFar() >= 100);
            bench.tiergate().nats.kill();
            Thread.sleep(2000);
            bench.tiergate().nats.restart();
        });
        List<GatewayMessage> sent = outage.sent();
        InteractionAudit audit = outage.audit();

        boolean metered = PrometheusText.has(outage.metricsAfter(), INTERACTIONS, "outcome=\"already_answered\"");
        long absorbed = metered ? Math.round(outage.increase("already_answered")) : answeredButLaterExpired(sent);
        System.out.printf("FAULT-3 sent=%d processed=%d duplicatesAbsorbed=%d lost=%d%n", sent.size(),
                audit.answered(), absorbed, audit.lost().size());
        System.out.println("FAULT-3 duplicatesAbsorbed counted from " + (metered
                ? "the metric " + INTERACTIONS + "{outcome=\"already_answered\"}"
                : "the log: redeliveries of answered interactions refused as too late") + "; " + audit);
        assertThat(sent).as("the gateway got most of its load acknowledged").hasSizeGreaterThan(300);
        audit.assertExactlyOnce();
    }

    @Test
    void natsFrozenForTenSecondsAnswersOnceAndExpiresWhatGrewTooOld() throws Exception {
        Outage outage = underLoad(300, 20, 761_400_000_000_000_000L, load -> {
            Eventually.await("the load running", () -> load.createdSoFar() >= 60);
            bench.tiergate().nats.pause();
            try {
                Thread.sleep(10_000);
            } finally {
                bench.tiergate().nats.resume();
            }
        });
        InteractionAudit audit = outage.audit();

        double expired = outage.increase("expired");
        System.out.println("FAULT-4 " + audit + " expiredMetric=" + Math.round(expired));
        assertThat(outage.sent()).as("the gateway got every publish acknowledged in the end").hasSize(300);
        audit.assertExactlyOnce();
        assertThat(audit.expired()).as("interactions created while NATS was frozen grew too old; " + audit)
                .isPositive();
        assertThat(expired).as("each expiry counted in the metric").isGreaterThanOrEqualTo(audit.expired());
    }

    /** Something done to NATS while a load runs. */
    @FunctionalInterface
    private interface Fault {

        void strike(SteadyLoad load) throws Exception;
    }

    /**
     * What a load through a fault left: the interactions the gateway got acknowledged, their audit, and
     * the service's metrics from before the load and after it settled.
     */
    private record Outage(List<GatewayMessage> sent, InteractionAudit audit, String metricsBefore, String metricsAfter) {

        /** How many more interactions the metric counted with this outcome. */
        double increase(String outcome) {
            String labels = "outcome=\"" + outcome + "\"";
            return PrometheusText.sum(metricsAfter, INTERACTIONS, labels)
                    - PrometheusText.sum(metricsBefore, INTERACTIONS, labels);
        }
    }

    /** Sends {@code count} interactions, {@code perSecond} a second, strikes the fault meanwhile, and settles them. */
    private static Outage underLoad(int count, int perSecond, long firstUser, Fault fault) throws Exception {
        String before = bench.tiergate().scrape();
        try (SteadyLoad load = SteadyLoad.start(bench.publisher(), count, perSecond, n -> interaction(firstUser, n))) {
            fault.strike(load);
            load.awaitPublished();
            List<GatewayMessage> sent = load.acknowledgedInteractions();
            // A delivery whose acknowledgement died with NATS, or that a frozen server handed to a pull request
            // the client had already given up on, comes again only after the 30 s ack wait: wait past it.
            InteractionAudit audit = bench.settle(sent, Duration.ofSeconds(50), Duration.ofSeconds(50));
            return new Outage(sent, audit, before, bench.tiergate().scrape());
        }
    }

    /** Interactions answered once whose later redelivery the service refused as too old: absorbed duplicates. */
    private static long answeredButLaterExpired(List<GatewayMessage> sent) {
        Set<String> expiredIds = InteractionAudit.expiredIds(bench.lines());
        return sent.stream().filter(m -> expiredIds.contains(m.interactionId()))
                .filter(m -> !bench.ledger().initialResponses(m).isEmpty()).count();
    }
}

package dev.tiergate.bootstrap;

import static dev.tiergate.bootstrap.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 6, faults 2 and 7: the service is a process of its own, and the platform stops it under load,
 * by SIGKILL (a node dies) or by SIGTERM (a rolling deploy), and starts a fresh one. Nothing sent is
 * lost and nothing is applied or answered twice across the two processes.
 */
@Timeout(90)
class FaultProcessSystemIT {

    private static final String EVENTS_GUILD = "777777777777770201";
    private static final String COMMANDS_GUILD = "777777777777770701";
    private static final int REACTIONS = 100;
    private static final int BATCHES = 20;
    private static final int RECEIVERS = 5;
    private static final long BASE_AS_OF = Instant.parse("2026-06-01T00:00:00Z").toEpochMilli();

    @RegisterExtension
    static final FaultBench.InProcesses bench = FaultBench.inProcesses();

    private static String user(int n) {
        return Long.toString(760_200_000_000_000_000L + n);
    }

    /**
     * Message n of the load: every sixth a score batch (batch j sets member 500+j's score and the
     * moving member 499's), the others a reaction from a giver of its own to one of five receivers.
     */
    private static SteadyLoad.Outgoing eventLoad(int n) {
        if (n % 6 == 0) {
            int batch = n / 6 + 1;
            return new SteadyLoad.Outgoing("eligibility.scores", GatewayMessage.scores(EVENTS_GUILD,
                    BASE_AS_OF + batch * 1000L, List.of(new String[] {user(500 + batch), Integer.toString(100 + batch)},
                            new String[] {user(499), batch + ".5"})));
        }
        String giver = user(1000 + n);
        return new SteadyLoad.Outgoing("events.reaction.add", GatewayMessage.event("reaction.add", EVENTS_GUILD, giver,
                "{\"message_id\":\"%d\",\"user_id\":\"%s\",\"message_author_id\":\"%s\"}"
                        .formatted(990_200_000_000_000_000L + n, giver, user(n % RECEIVERS + 1))));
    }

    @Test
    void aWorkerKilledMidCommitLosesNoEventAndAppliesNoneTwice() throws Exception {
        int total = REACTIONS + BATCHES;
        long atKill;
        ServiceProcess first = bench.replica("worker-killed", false);
        try (SteadyLoad load = SteadyLoad.start(bench.publisher(), total, 40, FaultProcessSystemIT::eventLoad)) {
            Eventually.await("the first worker applying events", () -> count(
                    "SELECT count(*) FROM processed_events WHERE community_id = ?", EVENTS_GUILD) >= 20);
            first.kill();
            atKill = count("SELECT count(*) FROM processed_events WHERE community_id = ?", EVENTS_GUILD);
            try (ServiceProcess second = bench.replica("worker-after-kill", false)) {
                load.awaitPublished();
                assertThat(load.acknowledged()).as("every event published").hasSize(total);
                // What the killed worker held unacknowledged comes again after the 30 s ack wait.
                bench.awaitDrained(Duration.ofSeconds(60), Durable.REACTIONS, Durable.SCORES);
            }
        } finally {
            first.close();
        }

        assertThat(atKill).as("killed mid-load").isLessThan(2L * REACTIONS);
        assertThat(count("SELECT count(*) FROM processed_events WHERE community_id = ?", EVENTS_GUILD))
                .as("each reaction given and received recorded once").isEqualTo(2L * REACTIONS);
        assertThat(count("SELECT count(*) FROM member_profiles WHERE community_id = ? AND user_id::numeric >= ?::numeric"
                + " AND activity_points BETWEEN 0.99 AND 1.0", EVENTS_GUILD, user(1000)))
                .as("each giver earned one point").isEqualTo(REACTIONS);
        for (int receiver = 1; receiver <= RECEIVERS; receiver++) {
            long received = receivedBy(receiver, total);
            assertThat(count("SELECT round(activity_points * 1000) FROM member_profiles WHERE community_id = ?"
                    + " AND user_id = ?", EVENTS_GUILD, user(receiver)))
                    .as("milli-points of receiver " + receiver + ": 2 per reaction, barely decayed")
                    .isBetween(2000 * received - 100, 2000 * received);
        }
        for (int batch = 1; batch <= BATCHES; batch++) {
            assertThat(count("SELECT count(*) FROM member_profiles WHERE community_id = ? AND user_id = ?"
                    + " AND score = ?::numeric AND score_as_of = to_timestamp(?::bigint / 1000.0)", EVENTS_GUILD,
                    user(500 + batch), Integer.toString(100 + batch), Long.toString(BASE_AS_OF + batch * 1000L)))
                    .as("batch " + batch + " applied").isEqualTo(1);
        }
        assertThat(count("SELECT count(*) FROM member_profiles WHERE community_id = ? AND user_id = ?"
                + " AND score = ?::numeric", EVENTS_GUILD, user(499), BATCHES + ".5"))
                .as("the moving member holds the newest batch's score").isEqualTo(1);
    }

    @Test
    void aReplicaStoppedUnderLoadFinishesWithinItsDeadlineAndItsSuccessorAnswersTheRest() throws Exception {
        List<GatewayMessage> sent;
        InteractionAudit audit;
        ServiceProcess first = bench.replica("replica-stopped", false);
        try {
            PublishedCommunity.seed(bench.publisher(), COMMANDS_GUILD, 20, FaultProcessSystemIT::user);
            PublishedCommunity.awaitAnswering(bench.publisher(), bench.ledger(), COMMANDS_GUILD);
            try (SteadyLoad load = SteadyLoad.start(bench.publisher(), 200, 20, n -> new SteadyLoad.Outgoing(
                    "commands.interaction", GatewayMessage.interaction(COMMANDS_GUILD,
                            Long.toString(761_700_000_000_000_000L + n), n % 2 == 0 ? "\"command_name\":\"threshold\""
                                    : "\"command_name\":\"leaderboard\",\"subcommand\":\"score\"")))) {
                Eventually.await("the load running", () -> load.createdSoFar() >= 60);
                Duration stopping = first.sigterm(Duration.ofSeconds(25));
                System.out.println("FAULT-7 the stopped replica exited " + stopping.toMillis() + " ms after SIGTERM"
                        + " with status " + first.exitValue());
                List<String> firstLog = first.logs();
                try (ServiceProcess second = bench.replica("replica-successor", false)) {
                    load.awaitPublished();
                    sent = load.acknowledgedInteractions();
                    audit = bench.settle(sent, () -> concat(firstLog, second.logs()), Duration.ofSeconds(30),
                            Duration.ofSeconds(45), Durable.COMMANDS);
                }
            }
        } finally {
            first.close();
        }

        System.out.println("FAULT-7 " + audit);
        assertThat(sent).as("every interaction published").hasSize(200);
        audit.assertExactlyOnce();
    }

    private static long receivedBy(int receiver, int total) {
        return Stream.iterate(0, n -> n + 1).limit(total).filter(n -> n % 6 != 0 && n % RECEIVERS + 1 == receiver)
                .count();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}

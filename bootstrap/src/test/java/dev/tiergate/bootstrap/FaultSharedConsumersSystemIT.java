package dev.tiergate.bootstrap;

import static dev.tiergate.bootstrap.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.BotRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 6, fault 10: two replicas share the durable consumers and both run the background jobs. The
 * traffic spreads over both, every interaction is still answered exactly once, every event applied
 * once, and no scheduled job runs in both at the same time. That last is seen twice over: in its
 * effect (two overlapping role syncs would both grant a member its tier role at Discord) and in the
 * replicas' logs, where each job run is bracketed by "Job <name> started" and "Job <name> finished".
 */
@Timeout(90)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSharedConsumersSystemIT {

    private static final String GUILD = "777777777777771001";
    private static final int MEMBERS = 60;
    private static final String NAIB_ROLE = "881000000000000001";
    private static final String FEDAYKIN_ROLE = "881000000000000002";
    /** The lines a scheduled job run starts and ends with, timestamped by the service's log pattern. */
    private static final Pattern JOB_LINE = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) .*Job (\\S+) (started|finished)");

    @RegisterExtension
    static final FaultBench.InProcesses bench = FaultBench.inProcesses();

    private static ServiceProcess first;
    private static ServiceProcess second;

    private static String user(int n) {
        return Long.toString(761_000_000_000_000_000L + n);
    }

    /**
     * Both replicas start together, so their role sync falls due at about the same time (30 s after
     * start); 60 ranked members whose roles Discord reported empty each need a tier role, and the
     * stand-in's rate limit stretches that sync over seconds: plenty of time for a second run to overlap.
     */
    @BeforeAll
    @Timeout(90)
    static void startTwoReplicasWithJobs() throws Exception {
        CompletableFuture<ServiceProcess> starting = CompletableFuture.supplyAsync(() -> {
            try {
                return bench.replica("replica-one", true);
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        });
        second = bench.replica("replica-two", true);
        first = starting.join();
        GatewayPublisher publisher = bench.publisher();
        PublishedCommunity.seed(publisher, GUILD, MEMBERS, FaultSharedConsumersSystemIT::user);
        ServiceDatabase.execute("""
                INSERT INTO community_tiers (community_id, tier, role_id) VALUES (?, 'NAIB', ?), (?, 'FEDAYKIN', ?)
                ON CONFLICT (community_id, tier) DO UPDATE SET role_id = EXCLUDED.role_id""",
                GUILD, NAIB_ROLE, GUILD, FEDAYKIN_ROLE);
        for (int n = 1; n <= MEMBERS; n++) {
            publisher.publish("events.member.update", GatewayMessage.event("member.update", GUILD, user(n),
                    "{\"roles\":[]}"));
        }
        Eventually.await("every member's roles recorded", () -> count("SELECT count(*) FROM member_profiles"
                + " WHERE community_id = ? AND discord_role_ids IS NOT NULL", GUILD) == MEMBERS);
        PublishedCommunity.awaitAnswering(publisher, bench.ledger(), GUILD);
    }

    @Test
    @Order(1)
    void trafficSpreadsOverBothReplicasAndIsStillHandledOnce() throws Exception {
        List<GatewayMessage> sent;
        long reactions;
        try (SteadyLoad load = SteadyLoad.start(bench.publisher(), 240, 30, FaultSharedConsumersSystemIT::traffic)) {
            load.awaitPublished();
            sent = load.acknowledgedInteractions();
            reactions = load.acknowledged().stream().filter(m -> m.subject().equals("events.reaction.add")).count();
            assertThat(load.acknowledged()).as("all published").hasSize(240);
        }
        InteractionAudit audit = bench.settle(sent, FaultSharedConsumersSystemIT::bothLogs, Duration.ofSeconds(30),
                Duration.ofSeconds(45), Durable.COMMANDS, Durable.REACTIONS, Durable.SCORES);

        double answeredByFirst = answered(first);
        double answeredBySecond = answered(second);
        System.out.println("FAULT-10 " + audit + " answeredBy " + first.name() + "=" + answeredByFirst + " "
                + second.name() + "=" + answeredBySecond);
        audit.assertExactlyOnce();
        assertThat(answeredByFirst).as("interactions handled by " + first.name()).isPositive();
        assertThat(answeredBySecond).as("interactions handled by " + second.name()).isPositive();
        assertThat(first.logs()).as("score batches applied by " + first.name())
                .anyMatch(line -> line.contains("Score batch for") && line.contains(GUILD));
        assertThat(second.logs()).as("score batches applied by " + second.name())
                .anyMatch(line -> line.contains("Score batch for") && line.contains(GUILD));
        assertThat(count("SELECT count(*) FROM processed_events WHERE community_id = ?", GUILD))
                .as("each reaction given and received recorded once").isEqualTo(2 * reactions);
    }

    @Test
    @Order(2)
    void noScheduledJobRunsInBothReplicasAtOnce() throws Exception {
        // Both replicas' role sync fall due 30 s after start; wait until one of them has given every member its role.
        long deadline = System.nanoTime() + Duration.ofSeconds(75).toNanos();
        while (roleGrants().size() < MEMBERS) {
            assertThat(System.nanoTime()).as("every member given a tier role in time; so far " + roleGrants().size())
                    .isLessThan(deadline);
            Thread.sleep(500);
        }
        Thread.sleep(3000); // a second, overlapping run would still be sending its grants

        Map<String, Long> grantsPerMember = roleGrants().stream()
                .collect(Collectors.groupingBy(BotRequest::path, Collectors.counting()));
        assertThat(grantsPerMember).as("each member's tier role granted once").hasSize(MEMBERS)
                .allSatisfy((member, grants) -> assertThat(grants).as(member).isEqualTo(1));

        List<JobRun> runs = Stream.concat(jobRuns(first).stream(), jobRuns(second).stream()).toList();
        assertThat(runs).as("each job run logs 'Job <name> started' and 'Job <name> finished'"
                + " (ScheduledJobs, at INFO, around the work it runs under the job's lock)")
                .anyMatch(run -> run.job().equals("role-sync"));
        for (JobRun run : runs) {
            assertThat(runs).as("runs of " + run.job() + " overlapping " + run)
                    .noneMatch(other -> other != run && other.job().equals(run.job())
                            && !other.replica().equals(run.replica()) && other.overlaps(run));
        }
    }

    /** Message n of the traffic: mostly interactions, every fourth a reaction, every twelfth a score batch. */
    private static SteadyLoad.Outgoing traffic(int n) {
        if (n % 12 == 0) {
            return new SteadyLoad.Outgoing("eligibility.scores", GatewayMessage.scores(GUILD, Instant.now().toEpochMilli(),
                    List.<String[]>of(new String[] {user(1 + n / 12), Integer.toString(1500 - 20 * (1 + n / 12))})));
        }
        if (n % 4 == 0) {
            String giver = user(2000 + n);
            return new SteadyLoad.Outgoing("events.reaction.add", GatewayMessage.event("reaction.add", GUILD, giver,
                    "{\"message_id\":\"%d\",\"user_id\":\"%s\",\"message_author_id\":\"%s\"}"
                            .formatted(991_000_000_000_000_000L + n, giver, user(1 + n % MEMBERS))));
        }
        return new SteadyLoad.Outgoing("commands.interaction", GatewayMessage.interaction(GUILD, user(3000 + n),
                "\"command_name\":\"threshold\""));
    }

    private static List<String> bothLogs() {
        return Stream.concat(first.logs().stream(), second.logs().stream()).toList();
    }

    private static double answered(ServiceProcess replica) throws Exception {
        String metrics = replica.scrape();
        return PrometheusText.sum(metrics, "tiergate_interactions_total", "outcome=\"answered");
    }

    /** The tier-role grants Discord took: PUTs of a member's role, answered 204. */
    private static List<BotRequest> roleGrants() {
        return bench.backends().discord().botRequests().stream()
                .filter(r -> r.method().equals("PUT") && r.path().contains("/guilds/" + GUILD + "/members/")
                        && r.status() == 204)
                .toList();
    }

    /** One run of a job in one replica, from its start line to its finish line (still running: open-ended). */
    private record JobRun(String replica, String job, LocalTime started, LocalTime finished) {

        boolean overlaps(JobRun other) {
            return started.isBefore(other.finished) && other.started.isBefore(finished);
        }
    }

    private static List<JobRun> jobRuns(ServiceProcess replica) {
        List<JobRun> runs = new ArrayList<>();
        Map<String, LocalTime> open = new HashMap<>();
        for (String line : replica.logs()) {
            Matcher job = JOB_LINE.matcher(line);
            if (!job.find()) {
                continue;
            }
            LocalTime at = LocalTime.parse(job.group(1));
            if (job.group(3).equals("started")) {
                open.put(job.group(2), at);
            } else if (open.containsKey(job.group(2))) {
                runs.add(new JobRun(replica.name(), job.group(2), open.remove(job.group(2)), at));
            }
        }
        open.forEach((name, started) -> runs.add(new JobRun(replica.name(), name, started, LocalTime.MAX)));
        return runs;
    }
}

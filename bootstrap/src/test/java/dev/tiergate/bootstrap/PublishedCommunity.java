package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Seeds a community only through NATS, as the gateway would, for a service in a process of its own
 * (no beans to call): one score batch gives members 1..n (placeholder nyms {@code member-<id>})
 * scores 1500 − 20n, so member n ranks n.
 */
final class PublishedCommunity {

    /** Someone who is no member: the warm-up spends no member's rate-limit budget. */
    private static final String VISITOR = "100000000000000002";

    private PublishedCommunity() {
    }

    static void seed(GatewayPublisher publisher, String guild, int members, IntFunction<String> user) throws Exception {
        List<String[]> scores = new ArrayList<>();
        for (int n = 1; n <= members; n++) {
            scores.add(new String[] {user.apply(n), Integer.toString(1500 - 20 * n)});
        }
        publisher.publish("eligibility.scores", GatewayMessage.scores(guild, Instant.now().toEpochMilli(), scores));
        Eventually.await("the seeded members ranked", () -> ServiceDatabase.count(
                "SELECT count(*) FROM member_profiles WHERE community_id = ? AND rank IS NOT NULL", guild) == members);
    }

    /**
     * Waits until a service answers an interaction (a visitor's /threshold), so the test's load does not
     * also warm up the whole path: an interaction handled more than 3 s after its creation is never answered.
     */
    static void awaitAnswering(GatewayPublisher publisher, AnswerLedger ledger, String guild) throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            GatewayMessage probe = GatewayMessage.interaction(guild, VISITOR, "\"command_name\":\"threshold\"");
            publisher.publish("commands.interaction", probe);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                if (!ledger.initialResponses(probe).isEmpty()) {
                    return;
                }
                Thread.sleep(25);
            }
        }
        fail("the service answered no interaction in three attempts");
    }
}

package dev.tiergate.bootstrap;

import static dev.tiergate.bootstrap.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.api.PublishAck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 6, fault 1: the gateway publishes twice, or JetStream delivers twice. A repeated Nats-Msg-Id
 * is stored once; the same interaction under two ids (a redelivery in all but name) gets exactly one
 * initial response; the same score batch or activity event under two ids changes the state once.
 */
@Timeout(90)
class FaultDuplicatesSystemIT {

    private static final String GUILD = "777777777777770601";
    private static final String SCORES_GUILD = "777777777777770602";
    private static final String ACTIVITY_GUILD = "777777777777770603";
    private static final int MEMBERS = 20;
    private static final Duration SETTLE_WITHIN = Duration.ofSeconds(45);

    @RegisterExtension
    static final FaultBench.InThisJvm bench = FaultBench.inThisJvm()
            .withRankedCommunity(GUILD, MEMBERS, FaultDuplicatesSystemIT::user, n -> Integer.toString(1000 - 10 * n));

    private static String user(int n) {
        return Long.toString(760_100_000_000_000_000L + n);
    }

    @Test
    void aPublishRepeatedUnderTheSameMessageIdIsStoredOnceAndAnsweredOnce() throws Exception {
        GatewayMessage interaction = GatewayMessage.interaction(GUILD, user(1), "\"command_name\":\"position\"");

        PublishAck first = bench.publisher().publish("commands.interaction", interaction);
        PublishAck second = bench.publisher().publish("commands.interaction", interaction);

        assertThat(first.isDuplicate()).isFalse();
        assertThat(second.isDuplicate()).as("JetStream drops the repeat inside its duplicate window").isTrue();
        bench.settle(List.of(interaction), SETTLE_WITHIN, SETTLE_WITHIN).assertExactlyOnce();
        assertThat(bench.ledger().initialResponses(interaction)).hasSize(1);
    }

    @Test
    void anInteractionDeliveredTwiceGetsExactlyOneInitialResponse() throws Exception {
        List<GatewayMessage> interactions = new ArrayList<>();
        // Both deliveries at once: the second may arrive while the first is still composing.
        for (int n = 2; n <= 11; n++) {
            GatewayMessage raced = GatewayMessage.interaction(GUILD, user(n), "\"command_name\":\"position\"");
            bench.publisher().publish("commands.interaction", raced);
            bench.publisher().publishAgain("commands.interaction", raced);
            interactions.add(raced);
        }
        // The second delivery after the first was answered, as after a lost acknowledgement.
        GatewayMessage answered = GatewayMessage.interaction(GUILD, user(12), "\"command_name\":\"stats\"");
        bench.publisher().publish("commands.interaction", answered);
        Eventually.await("the first delivery answered", () -> !bench.ledger().initialResponses(answered).isEmpty());
        bench.publisher().publishAgain("commands.interaction", answered);
        interactions.add(answered);

        InteractionAudit audit = bench.settle(interactions, SETTLE_WITHIN, SETTLE_WITHIN);

        audit.assertExactlyOnce();
        assertThat(audit.answered()).as("a healthy service answers them all; " + audit).isEqualTo(interactions.size());
    }

    @Test
    void aScoreBatchDeliveredTwiceIsAppliedOnceAndAnOlderOneNeverUndoesANewerOne() throws Exception {
        long asOf = Instant.now().toEpochMilli();
        List<String[]> first = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            first.add(new String[] {user(100 + n), Integer.toString(100 * n)});
        }
        GatewayMessage batch = GatewayMessage.scores(SCORES_GUILD, asOf, first);
        bench.publisher().publish("eligibility.scores", batch);
        bench.publisher().publishAgain("eligibility.scores", batch);
        Eventually.await("the batch applied", () -> count("SELECT count(*) FROM member_profiles WHERE community_id = ?"
                + " AND rank IS NOT NULL", SCORES_GUILD) == 10);
        // The lowest climbs nowhere near a seat, the highest only further ahead: no tier or seat moves.
        GatewayMessage newer = GatewayMessage.scores(SCORES_GUILD, asOf + 1000,
                List.of(new String[] {user(101), "50"}, new String[] {user(110), "2000"}));
        bench.publisher().publish("eligibility.scores", newer);
        Eventually.await("the newer batch applied", () -> count("SELECT count(*) FROM member_profiles"
                + " WHERE community_id = ? AND user_id = ? AND score = 2000", SCORES_GUILD, user(110)) == 1);
        bench.publisher().publishAgain("eligibility.scores", batch);
        bench.awaitDrained(SETTLE_WITHIN, Durable.SCORES);

        assertThat(count("SELECT count(*) FROM member_profiles WHERE community_id = ? AND user_id = ? AND score = 50",
                SCORES_GUILD, user(101))).as("the stale redelivery left the newer score").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM member_profiles WHERE community_id = ? AND user_id = ? AND score = 2000",
                SCORES_GUILD, user(110))).as("the stale redelivery left the newer score").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM tier_changes WHERE community_id = ?", SCORES_GUILD))
                .as("each member's tier changed once").isEqualTo(10);
        assertThat(count("SELECT count(DISTINCT user_id) FROM tier_changes WHERE community_id = ?", SCORES_GUILD))
                .isEqualTo(10);
        assertThat(count("SELECT count(*) FROM naib_seatings WHERE community_id = ?", SCORES_GUILD))
                .as("seated once each").isEqualTo(7);
        List<String> applications = bench.lines().stream()
                .filter(line -> line.startsWith("Score batch for") && line.contains(SCORES_GUILD)
                        && line.contains("as of " + Instant.ofEpochMilli(asOf) + ":"))
                .toList();
        assertThat(applications).as("three deliveries of the first batch").hasSize(3)
                .filteredOn(line -> line.contains(": 10 of 10 scores applied")).as("applied by one of them").hasSize(1);
    }

    @Test
    void anActivityEventDeliveredTwiceCountsOnceAndItsBadgeIsAwardedOnce() throws Exception {
        String receiver = user(200);
        // 51 reactions received earn 102 points, just past the Consistent badge at 100; twice would be 204.
        int reactions = 51;
        for (int n = 1; n <= reactions; n++) {
            String giver = user(300 + n);
            GatewayMessage reaction = GatewayMessage.event("reaction.add", ACTIVITY_GUILD, giver,
                    "{\"message_id\":\"%d\",\"user_id\":\"%s\",\"message_author_id\":\"%s\"}"
                            .formatted(990_000_000_000_000_000L + n, giver, receiver));
            bench.publisher().publish("events.reaction.add", reaction);
            bench.publisher().publishAgain("events.reaction.add", reaction);
        }
        bench.awaitDrained(SETTLE_WITHIN, Durable.REACTIONS);

        assertThat(count("SELECT count(*) FROM processed_events WHERE community_id = ?", ACTIVITY_GUILD))
                .as("each reaction given and received recorded once").isEqualTo(2L * reactions);
        assertThat(count("SELECT round(activity_points * 1000) FROM member_profiles WHERE community_id = ? AND user_id = ?",
                ACTIVITY_GUILD, receiver)).as("milli-points of the receiver: 2 per reaction, barely decayed")
                .isBetween(101_900L, 102_000L);
        assertThat(count("SELECT count(*) FROM member_profiles WHERE community_id = ? AND user_id <> ?"
                + " AND activity_points BETWEEN 0.99 AND 1.0", ACTIVITY_GUILD, receiver))
                .as("each giver earned one point").isEqualTo(reactions);
        assertThat(count("SELECT count(*) FROM badge_awards WHERE community_id = ? AND user_id = ? AND badge_id = 'consistent'",
                ACTIVITY_GUILD, receiver)).as("the Consistent badge awarded once").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM member_profiles p WHERE community_id = ? AND user_id = ? AND badge_count ="
                + " (SELECT count(*) FROM badge_awards a WHERE a.community_id = p.community_id AND a.user_id = p.user_id"
                + " AND a.revoked_at IS NULL)", ACTIVITY_GUILD, receiver)).as("the badge count matches the badges held")
                .isEqualTo(1);
    }
}

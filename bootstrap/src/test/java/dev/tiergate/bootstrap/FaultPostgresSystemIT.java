package dev.tiergate.bootstrap;

import static dev.tiergate.bootstrap.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiergate.adapter.out.postgres.TestDatabase;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 6, fault 8: PostgreSQL ends the service's connections again and again while admins award
 * badges by hand. Each award is applied at most once, and exactly once when the admin was told it
 * was awarded; each interaction gets exactly one initial response, and an answer that it failed is
 * acceptable only when the award is indeed not applied. No admin sends more than its rate limits
 * allow at once, so no award may be told to slow down: a redelivery does not spend them again.
 */
@Timeout(90)
class FaultPostgresSystemIT {

    private static final String GUILD = "777777777777770801";
    private static final int MEMBERS = 40;
    /** Admins 21..40 each award the four hand-awarded badges to member (admin − 20), and send nothing else. */
    private static final int ADMINS_FROM = 21;
    private static final List<String> BADGES = List.of("helper", "builder", "teacher", "water-sharer");
    private static final String INJECTOR = "tiergate-fault-injector";
    private static final Duration BURST_EVERY = Duration.ofMillis(700);
    /** Every session of the service's pool: the driver's default name, as the pool sets none. */
    private static final String TERMINATE = """
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
              AND application_name = 'PostgreSQL JDBC Driver'""";

    @RegisterExtension
    static final FaultBench.InThisJvm bench = FaultBench.inThisJvm()
            .withRankedCommunity(GUILD, MEMBERS, FaultPostgresSystemIT::user, n -> Integer.toString(1500 - 30 * n));

    private static String user(int n) {
        return Long.toString(760_800_000_000_000_000L + n);
    }

    /** One award: the interaction, its member and its badge. */
    private record Award(GatewayMessage interaction, int member, String badge) {
    }

    @Test
    void connectionsTerminatedMidAwardApplyEachAwardOnceAndAnswerEachInteractionOnce() throws Exception {
        assertThat(BADGES.size()).as("an admin's awards fit at once in its command and award budgets").isLessThanOrEqualTo(
                Math.min(RateLimitPolicy.MEMBER_COMMANDS.burst(), RateLimitPolicy.BADGE_AWARDS.burst()));
        List<Award> awards = new ArrayList<>();
        AtomicLong terminated = new AtomicLong();
        try (SteadyLoad load = SteadyLoad.start(bench.publisher(), BADGES.size() * (MEMBERS - ADMINS_FROM + 1), 10, n -> {
            Award award = award(n);
            synchronized (awards) {
                awards.add(award);
            }
            return new SteadyLoad.Outgoing("commands.interaction", award.interaction());
        }); Connection injector = injectorConnection()) {
            terminateInBursts(injector, terminated);
            load.awaitPublished();
        }
        List<GatewayMessage> interactions = awards.stream().map(Award::interaction).toList();
        InteractionAudit audit = bench.settle(interactions, Duration.ofSeconds(30), Duration.ofSeconds(45));

        System.out.println("FAULT-8 " + audit + " terminatedSessions=" + terminated.get() + " answers=" + awards.stream()
                .collect(Collectors.groupingBy(a -> title(a.interaction()).orElse("(none)"), Collectors.counting())));
        assertThat(terminated.get()).as("the service's sessions were terminated during the awards").isPositive();
        audit.assertExactlyOnce();
        for (Award award : awards) {
            long held = count("SELECT count(*) FROM badge_awards WHERE community_id = ? AND user_id = ? AND badge_id = ?",
                    GUILD, user(award.member()), award.badge());
            String answer = title(award.interaction()).orElse("");
            String what = award.badge() + " for member " + award.member() + ", answered '" + answer + "'";
            assertThat(held).as(what + ": applied at most once").isLessThanOrEqualTo(1);
            assertThat(answer).as(what + ": sent once within the admin's budgets, so only a redelivery spending them"
                    + " again could refuse it").isNotEqualTo("Slow down");
            // Every third delivery comes after the last burst, so a retry always gets through: nothing is lost.
            assertThat(answer).as(what).isIn("Badge awarded", "Already held");
            assertThat(held).as(what + ": applied exactly once").isEqualTo(1);
        }
        assertThat(count("SELECT count(*) FROM member_profiles p WHERE community_id = ? AND badge_count <>"
                + " (SELECT count(*) FROM badge_awards a WHERE a.community_id = p.community_id AND a.user_id = p.user_id"
                + " AND a.revoked_at IS NULL)", GUILD)).as("every member's badge count matches its badges").isZero();
    }

    private static Award award(int n) {
        int admin = ADMINS_FROM + n / BADGES.size();
        int member = admin - ADMINS_FROM + 1;
        String badge = BADGES.get(n % BADGES.size());
        GatewayMessage interaction = GatewayMessage.interaction(GUILD, user(admin),
                "\"command_name\":\"admin-badge\",\"subcommand\":\"award\",\"options\":{\"nym\":\"fremen%d\",\"badge\":\"%s\","
                        .formatted(member, badge) + "\"reason\":\"fault drill\"},\"member_permissions\":\"8\"");
        return new Award(interaction, member, badge);
    }

    /** The title of the message the admin ends up seeing, if any arrived. */
    private static Optional<String> title(GatewayMessage interaction) {
        return bench.ledger().finalMessage(interaction).map(message -> message.at("/embeds/0/title"))
                .filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    /**
     * Ends every session of the service in three bursts, 0.7 s apart, while the first awards are being
     * handled, as a Postgres restart or failover would; the last burst is over before any award's third
     * delivery (1 s and 2 s of back-off after its first), so retries can get through.
     */
    private static void terminateInBursts(Connection injector, AtomicLong terminated)
            throws SQLException, InterruptedException {
        try (Statement statement = injector.createStatement()) {
            for (int burst = 0; burst < 3; burst++) {
                Thread.sleep(BURST_EVERY);
                try (ResultSet ended = statement.executeQuery(TERMINATE)) {
                    ended.next();
                    terminated.addAndGet(ended.getLong(1));
                }
            }
        }
    }

    /** A session of the test's own, named so it never terminates itself or is mistaken for the service. */
    private static Connection injectorConnection() throws SQLException {
        Map<String, Object> database = TestDatabase.micronautProperties();
        Properties properties = new Properties();
        properties.setProperty("user", (String) database.get("datasources.default.username"));
        Object password = database.get("datasources.default.password");
        if (password != null && !password.toString().isEmpty()) {
            properties.setProperty("password", password.toString());
        }
        properties.setProperty("ApplicationName", INJECTOR);
        return DriverManager.getConnection((String) database.get("datasources.default.url"), properties);
    }
}

package dev.tiergate.bootstrap;

import static dev.tiergate.bootstrap.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiergate.adapter.out.postgres.TestDatabase;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 6, fault 8: PostgreSQL ends the service's connections again and again while admins award
 * badges by hand. Each award is applied at most once, and exactly once when the admin was told it
 * was awarded; each interaction gets exactly one initial response, and an answer that it was not done
 * (it failed, or the admin is sending too fast) is acceptable only when the award is indeed not applied.
 */
@Timeout(90)
class FaultPostgresSystemIT {

    private static final String GUILD = "777777777777770801";
    private static final int MEMBERS = 40;
    /** Admins 21..40 each award the four hand-awarded badges to member (admin − 20). */
    private static final int ADMINS_FROM = 21;
    private static final List<String> BADGES = List.of("helper", "builder", "teacher", "water-sharer");
    private static final String INJECTOR = "tiergate-fault-injector";
    /** Every session of the service's pool: the driver's default name, as the pool sets none. */
    private static final String TERMINATE = """
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
              AND application_name = 'PostgreSQL JDBC Driver'""";
    private static RunningTiergate tiergate;
    private static CapturedLogs logs;
    private static AnswerLedger ledger;
    private static GatewayPublisher publisher;

    private static String user(int n) {
        return Long.toString(760_800_000_000_000_000L + n);
    }

    /** One award: the interaction, its member and its badge. */
    private record Award(GatewayMessage interaction, int member, String badge) {
    }

    @BeforeAll
    @Timeout(90)
    static void startWithARankedCommunity() throws Exception {
        logs = new CapturedLogs();
        tiergate = new RunningTiergate();
        ledger = AnswerLedger.watch(tiergate.discord);
        publisher = GatewayPublisher.connect(tiergate.nats.url());
        RankedCommunity.seed(tiergate, GUILD, MEMBERS, FaultPostgresSystemIT::user, n -> Integer.toString(1500 - 30 * n));
    }

    @AfterAll
    static void stop() throws Exception {
        publisher.close();
        ledger.close();
        tiergate.close();
        logs.close();
    }

    @Test
    void connectionsTerminatedMidAwardApplyEachAwardOnceAndAnswerEachInteractionOnce() throws Exception {
        List<Award> awards = new ArrayList<>();
        AtomicLong terminated = new AtomicLong();
        try (SteadyLoad load = SteadyLoad.start(publisher, BADGES.size() * (MEMBERS - ADMINS_FROM + 1), 10, n -> {
            Award award = award(n);
            synchronized (awards) {
                awards.add(award);
            }
            return new SteadyLoad.Outgoing("commands.interaction", award.interaction());
        }); Connection injector = injectorConnection()) {
            Thread terminator = Thread.ofVirtual().name("pg-terminator").start(() -> terminateUntilInterrupted(injector,
                    terminated));
            load.awaitPublished();
            Thread.sleep(2000);
            terminator.interrupt();
            terminator.join();
        }
        List<GatewayMessage> interactions = awards.stream().map(Award::interaction).toList();
        InteractionAudit.awaitSettled(interactions, ledger, logs::lines, Duration.ofSeconds(30));
        Durable.awaitDrained(publisher.connection(), Duration.ofSeconds(45), Durable.COMMANDS);
        InteractionAudit audit = InteractionAudit.of(interactions, ledger, logs.lines());

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
            if (answer.equals("Badge awarded") || answer.equals("Already held")) {
                assertThat(held).as(what).isEqualTo(1);
            } else if (answer.equals("Sorry") || answer.equals("Slow down")) {
                assertThat(held).as(what + ": an award reported as not done must not be applied").isZero();
            } else {
                assertThat(answer).as(what + ": an award's answer, or none when it expired").isEmpty();
            }
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
        return ledger.finalMessage(interaction).map(message -> message.at("/embeds/0/title"))
                .filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    /** Ends every session of the service every 250 ms, counting them, until interrupted. */
    private static void terminateUntilInterrupted(Connection injector, AtomicLong terminated) {
        try (Statement statement = injector.createStatement()) {
            while (!Thread.currentThread().isInterrupted()) {
                try (ResultSet ended = statement.executeQuery(TERMINATE)) {
                    ended.next();
                    terminated.addAndGet(ended.getLong(1));
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
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

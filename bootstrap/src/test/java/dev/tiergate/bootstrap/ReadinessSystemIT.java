package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.adapter.out.postgres.TestDatabase;
import dev.tiergate.testing.TcpRelay;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * C16, as documented in the README: while PostgreSQL or NATS is gone, readiness is 503 and names it
 * down, liveness stays 200; once it is back, readiness is 200 again. (Redis degrades rather than
 * going down: {@link HealthAndMetricsSystemIT}.) PostgreSQL is shared by the whole test JVM, so this
 * service reaches it through a relay the test cuts.
 */
class ReadinessSystemIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TcpRelay database;
    private static RunningTiergate tiergate;

    @BeforeAll
    static void startBehindADatabaseRelay() throws Exception {
        URI server = URI.create(((String) TestDatabase.micronautProperties().get("datasources.default.url"))
                .substring("jdbc:".length()));
        database = TcpRelay.to(server.getHost(), server.getPort() == -1 ? 5432 : server.getPort());
        String relayed = "jdbc:postgresql://127.0.0.1:" + database.port() + server.getRawPath()
                + (server.getRawQuery() == null ? "" : "?" + server.getRawQuery());
        tiergate = new RunningTiergate(Map.of("DATABASE_URL", relayed));
    }

    @AfterAll
    static void stop() throws Exception {
        tiergate.close();
        database.close();
    }

    @Test
    void postgresGoneMakesTheServiceUnreadyButNeverDeadAndItsReturnReadyAgain() throws Exception {
        awaitReadiness(200, "postgres", "up");

        database.cut();
        Map<String, String> during = awaitReadiness(503, "postgres", "down");
        assertThat(during).containsEntry("nats", "up").containsEntry("redis", "up");
        assertLiveAsEver();

        database.restore();
        awaitReadiness(200, "postgres", "up");
    }

    @Test
    void natsGoneMakesTheServiceUnreadyButNeverDeadAndItsReturnReadyAgain() throws Exception {
        awaitReadiness(200, "nats", "up");

        tiergate.nats.kill();
        Map<String, String> during = awaitReadiness(503, "nats", "down");
        assertThat(during).containsEntry("postgres", "up").containsEntry("redis", "up");
        assertLiveAsEver();

        tiergate.nats.restart();
        awaitReadiness(200, "nats", "up");
    }

    private static void assertLiveAsEver() throws Exception {
        HttpResponse<String> live = tiergate.get("/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    /** Polls /health/ready until it answers {@code status} with the check in {@code state}; answers every check's state. */
    private static Map<String, String> awaitReadiness(int status, String check, String state) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> ready = tiergate.get("/health/ready");
            Map<String, String> states = new HashMap<>();
            JsonNode body = JSON.readTree(ready.body());
            body.get("checks").forEach(c -> states.put(c.get("name").asText(), c.get("state").asText()));
            if (ready.statusCode() == status && state.equals(states.get(check))) {
                assertThat(body.get("status").asText()).isEqualTo(status == 200 ? "UP" : "DOWN");
                return states;
            }
            assertThat(System.nanoTime()).as("readiness " + status + " with " + check + " " + state).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}

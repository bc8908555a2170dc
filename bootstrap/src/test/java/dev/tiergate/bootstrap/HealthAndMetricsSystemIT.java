package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What operators see: liveness that never depends on another service, readiness that reports
 * Redis as degraded (not down) while limits come from memory, and Prometheus metrics.
 */
class HealthAndMetricsSystemIT {

    private static final String GUILD = "888888888888888888";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningTiergate tiergate;

    @BeforeAll
    static void start() throws Exception {
        tiergate = new RunningTiergate();
    }

    @AfterAll
    static void stop() throws Exception {
        tiergate.close();
    }

    @Test
    void readinessDegradesWithoutRedisButLivenessAndCommandsCarryOn() throws Exception {
        assertThat(checks()).containsEntry("postgres", "up").containsEntry("redis", "up").containsEntry("nats", "up");

        tiergate.redis.kill();
        GatewayMessage during = GatewayMessage.interaction(GUILD, "700000000000000001", "\"command_name\":\"threshold\"");
        // A few commands make the breaker see Redis failing; each is still answered from the local limiter.
        for (int i = 0; i < 12; i++) {
            tiergate.publish("commands.interaction",
                    GatewayMessage.interaction(GUILD, Long.toString(710_000_000_000_000_000L + i), "\"command_name\":\"threshold\""));
        }
        tiergate.publish("commands.interaction", during);
        tiergate.discord.awaitRequests(13, Duration.ofSeconds(20));
        assertThat(tiergate.discord.requests()).anyMatch(r -> r.path().contains(during.interactionId()));

        awaitCheck("redis", "degraded");
        HttpResponse<String> ready = tiergate.get("/health/ready");
        assertThat(ready.statusCode()).as("degraded still serves").isEqualTo(200);
        assertThat(tiergate.get("/health/live").statusCode()).isEqualTo(200);

        tiergate.redis.restart();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int nudge = 0;
        while (!"up".equals(checks().get("redis"))) {
            assertThat(System.nanoTime()).as("the breaker closes again once Redis answers").isLessThan(deadline);
            // Commands are the breaker's probes: half-open lets a few through, and their success closes it.
            tiergate.publish("commands.interaction", GatewayMessage.interaction(GUILD,
                    Long.toString(730_000_000_000_000_000L + nudge++), "\"command_name\":\"threshold\""));
            Thread.sleep(300);
        }
    }

    @Test
    void prometheusServesTheInteractionAndRateLimitMetricsWithoutMemberOrGuildIds() throws Exception {
        GatewayMessage position = GatewayMessage.interaction(GUILD, "720000000000000001", "\"command_name\":\"position\"");
        tiergate.publish("commands.interaction", position);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String metrics = "";
        while (System.nanoTime() < deadline && !metrics.contains("tiergate_interactions_total{command=\"position\"")) {
            Thread.sleep(100);
            metrics = tiergate.scrape();
        }
        assertThat(metrics).contains("tiergate_interactions_total{command=\"position\",outcome=\"answered\"")
                .contains("tiergate_interaction_duration_seconds_bucket")
                .contains("ratelimit_requests_total{")
                .contains("circuit_breaker_state{")
                .contains("ratelimit_memory_store_max_size")
                .doesNotContain("720000000000000001")
                .doesNotContain(GUILD);
    }

    private static Map<String, String> checks() throws Exception {
        JsonNode body = JSON.readTree(tiergate.get("/health/ready").body());
        Map<String, String> states = new HashMap<>();
        body.get("checks").forEach(c -> states.put(c.get("name").asText(), c.get("state").asText()));
        return states;
    }

    private static void awaitCheck(String name, String state) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!state.equals(checks().get(name))) {
            assertThat(System.nanoTime()).as(name + " becomes " + state).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}

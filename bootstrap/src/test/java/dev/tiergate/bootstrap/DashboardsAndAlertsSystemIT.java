package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiergate.bootstrap.OperatorQueries.Query;
import dev.tiergate.bootstrap.config.TiergateSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboards and alerts match what the service really exports. Tiergate runs end to end under a
 * load of interactions and gateway events while a real Prometheus scrapes it every second; then every
 * metric name a dashboard panel or alert rule reads must be in {@code /metrics}, every dashboard query
 * must parse and return at least one series, and every alert expression must parse.
 *
 * <p>A quantile over a histogram may be NaN (no observation in its window on a quiet series), but its
 * vector may not be empty; every other query must return numbers.
 */
class DashboardsAndAlertsSystemIT {

    private static final String GUILD = "868686868686868686";
    private static final int MEMBERS = 8;
    private static final Duration LOAD = Duration.ofSeconds(20);
    private static final Duration DATA_WITHIN = Duration.ofSeconds(30);
    private static RunningTiergate tiergate;
    private static LocalPrometheus prometheus;

    @BeforeAll
    static void runUnderLoadWhilePrometheusScrapes() throws Exception {
        tiergate = new RunningTiergate();
        RankedCommunity.seed(tiergate, GUILD, MEMBERS, DashboardsAndAlertsSystemIT::member, n -> Integer.toString(n * 100));
        prometheus = LocalPrometheus.scraping("127.0.0.1:" + tiergate.bean(TiergateSettings.class).management().port());
        long end = System.nanoTime() + LOAD.toNanos();
        for (int n = 0; System.nanoTime() < end; n++) {
            String member = member(1 + n % MEMBERS);
            String command = n % 2 == 0 ? "position" : "threshold";
            tiergate.publish("commands.interaction",
                    GatewayMessage.interaction(GUILD, member, "\"command_name\":\"" + command + "\""));
            tiergate.publish("events.message.create", GatewayMessage.event("message.create", GUILD, member,
                    "{\"message_id\":\"" + (900_000_000_000_000_000L + n) + "\",\"author_id\":\"" + member + "\"}"));
            if (n % 25 == 0) {
                tiergate.publish("commands.interaction", expired(member));
                // A message no handler can read goes to the dead letters.
                tiergate.client.jetStream().publish("events.message.create", "not json".getBytes(StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        tiergate.close();
    }

    @Test
    void everyMetricThatADashboardPanelOrAlertRuleReadsIsExported() throws Exception {
        Set<String> exported = tiergate.scrape().lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0])
                .collect(Collectors.toSet());
        List<Query> queries = new ArrayList<>(OperatorQueries.dashboardPanels());
        queries.addAll(OperatorQueries.alertRules());
        Map<String, String> missing = new TreeMap<>();
        for (Query query : queries) {
            Set<String> names = PromqlMetricNames.in(query.expression());
            assertThat(names).as(query.where() + " reads some metric").isNotEmpty();
            names.stream().filter(name -> !exported.contains(name)).forEach(name -> missing.merge(name, query.where(),
                    (first, more) -> first + "; " + more));
        }
        assertThat(missing).as("metric names read by dashboards or alerts that /metrics does not export").isEmpty();
    }

    @Test
    void everyDashboardQueryReturnsDataFromARealPrometheus() throws Exception {
        List<Query> panels = OperatorQueries.dashboardPanels();
        long deadline = System.nanoTime() + DATA_WITHIN.toNanos();
        Map<String, String> problems = problems(panels);
        while (!problems.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            problems = problems(panels);
        }
        assertThat(problems).as("dashboard queries without data after " + LOAD.toSeconds() + " s of load").isEmpty();
    }

    @Test
    void everyAlertExpressionParsesInPrometheus() throws Exception {
        for (Query rule : OperatorQueries.alertRules()) {
            JsonNode answer = prometheus.query(rule.expression());
            assertThat(answer.path("status").asText()).as(rule.where() + ": " + answer.path("error").asText())
                    .isEqualTo("success");
        }
    }

    /** Each query that failed, returned no series or a non-number it may not return: what went wrong. */
    private static Map<String, String> problems(List<Query> queries) throws Exception {
        Map<String, String> problems = new TreeMap<>();
        for (Query query : queries) {
            JsonNode answer = prometheus.query(query.expression());
            JsonNode result = answer.path("data").path("result");
            String key = query.where() + " `" + query.expression() + "`";
            if (!"success".equals(answer.path("status").asText())) {
                problems.put(key, "error: " + answer.path("error").asText());
            } else if (result.isEmpty()) {
                problems.put(key, "no series");
            } else if (!query.expression().contains("histogram_quantile")) {
                for (JsonNode series : result) {
                    String value = series.path("value").path(1).asText();
                    if (value.equals("NaN")) {
                        problems.put(key, "NaN for " + series.path("metric"));
                    }
                }
            }
        }
        return problems;
    }

    private static String member(int n) {
        return Long.toString(860_000_000_000_000_000L + n);
    }

    /** An interaction created a minute ago: its token is dead by the time it is handled. */
    private static GatewayMessage expired(String member) {
        GatewayMessage fresh = GatewayMessage.interaction(GUILD, member, "\"command_name\":\"position\"");
        long minuteAgo = Instant.now().minusSeconds(60).toEpochMilli();
        String oldId = Long.toString(((minuteAgo - 1_420_070_400_000L) << 22) | 1);
        String json = fresh.json().replace(fresh.interactionId(), oldId)
                .replaceFirst("\"timestamp\":\\d+", "\"timestamp\":" + minuteAgo);
        return new GatewayMessage(fresh.eventId(), oldId, fresh.token(), json);
    }
}

package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The metrics inventory holds against the real thing: after interactions, scores, activity and member
 * events went through a running service, its /metrics serves exactly the Tiergate families
 * docs/metrics.md lists (and every other one it lists), named the Prometheus way, and no label in the
 * whole scrape carries a Discord id, a token or free text.
 */
class MetricsInventorySystemIT {

    private static final String GUILD = "333333333333333333";
    private static final int MEMBERS = 5;
    private static final Pattern TYPE = Pattern.compile("^# TYPE (\\S+) (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern DOCUMENTED = Pattern.compile("^\\| `([a-z0-9_]+)` \\| (\\w+) \\|");
    private static final Pattern SNOWFLAKE = Pattern.compile(".*\\d{17,20}.*");
    /** Labels whose values come from the JVM and may contain spaces (memory pools, GC causes), by family. */
    private static final Set<String> FREE_FORM_LABELS_OF_LIBRARIES = Set.of(
            "jvm_gc_pause_seconds:action", "jvm_gc_pause_seconds:cause", "jvm_gc_pause_seconds:gc",
            "jvm_gc_concurrent_phase_time_seconds:action", "jvm_gc_concurrent_phase_time_seconds:cause",
            "jvm_gc_concurrent_phase_time_seconds:gc",
            "jvm_memory_used_bytes:id", "jvm_memory_committed_bytes:id", "jvm_memory_max_bytes:id",
            "jvm_buffer_count_buffers:id", "jvm_buffer_memory_used_bytes:id", "jvm_buffer_total_capacity_bytes:id");

    private static final List<String> SECRETS = new ArrayList<>(List.of("system-test-bot-token"));
    private static RunningTiergate tiergate;
    private static String scrape;

    private static String user(int n) {
        return Long.toString(600_000_000_000_000_000L + n);
    }

    @BeforeAll
    static void runEveryPathOnce() throws Exception {
        tiergate = new RunningTiergate();
        RankedCommunity.seed(tiergate, GUILD, MEMBERS, MetricsInventorySystemIT::user, n -> (100 - n) + ".5");
        List<GatewayMessage> interactions = List.of(
                GatewayMessage.interaction(GUILD, user(1), "\"command_name\":\"position\""),
                GatewayMessage.interaction(GUILD, user(2), "\"command_name\":\"threshold\""),
                GatewayMessage.interaction(GUILD, user(3), "\"command_name\":\"profile\",\"subcommand\":\"view\",\"options\":{}"),
                GatewayMessage.interaction(GUILD, user(4), "\"command_name\":\"ban\""));
        for (GatewayMessage interaction : interactions) {
            SECRETS.add(interaction.token());
            tiergate.publish("commands.interaction", interaction);
        }
        tiergate.publish("events.message.create", GatewayMessage.event("message.create", GUILD, user(1),
                "{\"message_id\":\"" + user(90) + "\",\"author_id\":\"" + user(1) + "\"}"));
        tiergate.publish("events.member.update", GatewayMessage.event("member.update", GUILD, user(2),
                "{\"roles\":[\"" + user(91) + "\"]}"));
        for (GatewayMessage interaction : interactions) {
            Eventually.await("interaction answered", () -> tiergate.discord.requests().stream()
                    .anyMatch(r -> r.path().contains("/" + interaction.interactionId() + "/")));
        }
        assertThat(tiergate.get("/health/ready").statusCode()).isEqualTo(200);
        // The broker's figures are read on a schedule, a few seconds after start-up.
        Eventually.await("consumer figures read from JetStream", () -> scrapeNow().contains("tiergate_nats_consumer_pending{"));
        scrape = scrapeNow();
    }

    @AfterAll
    static void stop() throws Exception {
        tiergate.close();
    }

    @Test
    void everyDocumentedFamilyIsServedAndEveryServedTiergateFamilyIsDocumented() throws Exception {
        Map<String, String> documented = documented();
        Map<String, String> served = families();

        assertThat(documented).as("docs/metrics.md lists metrics").hasSizeGreaterThan(40);
        assertThat(served).as("every documented family, with its documented type")
                .containsAllEntriesOf(documented);
        assertThat(documented.keySet()).as("every Tiergate family served is documented")
                .containsAll(served.keySet().stream().filter(name -> name.startsWith("tiergate_")).toList());
    }

    @Test
    void namesFollowPrometheusConventions() {
        families().forEach((name, type) -> {
            assertThat(name).as("snake case").matches("[a-z][a-z0-9_]*");
            if (type.equals("counter")) {
                assertThat(name).as("a counter ends in _total").endsWith("_total");
            } else {
                assertThat(name).as("only counters end in _total").doesNotEndWith("_total");
            }
            if (type.equals("histogram") || type.equals("summary")) {
                assertThat(name).as("durations in seconds").endsWith("_seconds");
            }
            if (name.startsWith("tiergate_")) {
                assertThat(name).as("base units").doesNotContain("_ms").doesNotContain("milli").doesNotContain("_ns");
            }
        });
    }

    @Test
    void noLabelCarriesADiscordIdATokenOrFreeText() {
        assertThat(SECRETS).as("tokens").allSatisfy(secret -> assertThat(scrape).doesNotContain(secret));
        assertThat(scrape).doesNotContain(GUILD).doesNotContain(user(1));
        Set<String> labelled = new TreeSet<>();
        for (String line : scrape.split("\n")) {
            if (line.startsWith("#") || !line.contains("{")) {
                continue;
            }
            String family = line.substring(0, line.indexOf('{')).replaceFirst("_(bucket|count|sum|max)$", "");
            Matcher label = LABEL.matcher(line.substring(line.indexOf('{'), line.lastIndexOf('}') + 1));
            while (label.find()) {
                String name = label.group(1);
                String value = label.group(2);
                labelled.add(family + ":" + name);
                assertThat(value).as(family + " " + name + " is no Discord id").doesNotMatch(SNOWFLAKE);
                assertThat(value.length()).as(family + " " + name + " is short: " + value).isLessThanOrEqualTo(64);
                if (!FREE_FORM_LABELS_OF_LIBRARIES.contains(family + ":" + name)) {
                    assertThat(value).as(family + " " + name + " is no free text").doesNotContain(" ");
                }
            }
        }
        assertThat(labelled).as("the scrape has labels to check").contains("tiergate_interactions_total:command",
                "tiergate_nats_consumer_pending:consumer");
    }

    /** Family name as queried (counters with _total) to its type, from the scrape's TYPE lines; a timer's _max goes with it. */
    private static Map<String, String> families() {
        Map<String, String> families = new TreeMap<>();
        for (String line : scrape.split("\n")) {
            Matcher type = TYPE.matcher(line);
            if (type.matches()) {
                String name = type.group(1);
                families.put(type.group(2).equals("counter") && !name.endsWith("_total") ? name + "_total" : name,
                        type.group(2));
            }
        }
        families.keySet().removeIf(name -> name.endsWith("_max")
                && Set.of("histogram", "summary").contains(families.get(name.substring(0, name.length() - 4))));
        return families;
    }

    private static Map<String, String> documented() throws Exception {
        Map<String, String> documented = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("../docs/metrics.md"))) {
            Matcher row = DOCUMENTED.matcher(line);
            if (row.find()) {
                documented.put(row.group(1), row.group(2));
            }
        }
        return documented;
    }

    private static String scrapeNow() {
        try {
            return tiergate.scrape();
        } catch (Exception failed) {
            throw new AssertionError("/metrics did not answer", failed);
        }
    }
}

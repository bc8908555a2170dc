package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.RecordedRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the fake Discord received in answer to an interaction, read the way the system tests check it. */
final class DiscordAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DiscordAnswers() {
    }

    /** Waits up to 20 s for the interaction's initial response and checks it is the only one so far. */
    static RecordedRequest answerTo(RunningTiergate tiergate, GatewayMessage interaction) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<RecordedRequest> answers = tiergate.discord.requests().stream()
                    .filter(r -> r.path().contains("/" + interaction.interactionId() + "/")).toList();
            if (!answers.isEmpty()) {
                assertThat(answers).as("answered exactly once").hasSize(1);
                return answers.getFirst();
            }
            assertThat(System.nanoTime()).as("interaction answered in time").isLessThan(deadline);
            Thread.sleep(25);
        }
    }

    static JsonNode body(RecordedRequest request) throws Exception {
        return JSON.readTree(request.body());
    }

    static String title(JsonNode reply) {
        return reply.at("/data/embeds/0/title").asText();
    }

    /** The first embed's fields, name to value, in order. */
    static Map<String, String> fields(JsonNode reply) {
        Map<String, String> fields = new LinkedHashMap<>();
        reply.at("/data/embeds/0/fields").forEach(f -> fields.put(f.get("name").asText(), f.get("value").asText()));
        return fields;
    }
}

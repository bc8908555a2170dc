package dev.tiergate.bootstrap;

import static dev.tiergate.bootstrap.DiscordAnswers.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.adapter.out.discord.LocalDiscordStandIn.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slash commands end to end: interactions published to a real NATS, answered from a real
 * PostgreSQL, and the answers caught by a fake Discord on loopback — each exactly once.
 */
class InteractionSystemIT {

    private static final String GUILD = "777777777777777777";
    private static final int MEMBERS = 80;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningTiergate tiergate;
    private static CapturedLogs logs;

    private static String user(int n) {
        return Long.toString(700_000_000_000_000_000L + n);
    }

    /** Member n scores (1000 − 10n).5, so its rank is n. */
    @BeforeAll
    static void startWithACommunityOfEightyRankedMembers() throws Exception {
        logs = new CapturedLogs();
        tiergate = new RunningTiergate();
        RankedCommunity.seed(tiergate, GUILD, MEMBERS, InteractionSystemIT::user, n -> (1000 - 10 * n) + ".5");
    }

    @AfterAll
    static void stop() throws Exception {
        tiergate.close();
        logs.close();
    }

    @Test
    void everyCommandIsAnsweredOnceAtTheRightEndpointWithTheRightVisibilityAndContent() throws Exception {
        GatewayMessage position = GatewayMessage.interaction(GUILD, user(66), "\"command_name\":\"position\"");
        GatewayMessage threshold = GatewayMessage.interaction(GUILD, user(1), "\"command_name\":\"threshold\"");
        GatewayMessage ownProfile = GatewayMessage.interaction(GUILD, user(3),
                "\"command_name\":\"profile\",\"subcommand\":\"view\",\"options\":{}");
        GatewayMessage otherProfile = GatewayMessage.interaction(GUILD, user(3),
                "\"command_name\":\"profile\",\"subcommand\":\"view\",\"options\":{\"nym\":\"FREMEN4\"}");
        GatewayMessage transportOnly = fixtureWithFreshIds();
        GatewayMessage unknown = GatewayMessage.interaction(GUILD, user(2), "\"command_name\":\"ban\"");
        List<GatewayMessage> sent = List.of(position, threshold, ownProfile, otherProfile, transportOnly, unknown);
        for (GatewayMessage message : sent) {
            tiergate.publish("commands.interaction", message);
        }

        awaitAnswers(sent);
        Thread.sleep(1000); // a duplicate answer would arrive in this time
        List<String> ids = sent.stream().map(GatewayMessage::interactionId).toList();
        Map<String, List<RecordedRequest>> byInteraction = tiergate.discord.requests().stream()
                .collect(Collectors.groupingBy(r -> r.path().split("/")[4]));
        byInteraction.keySet().retainAll(ids);
        assertThat(byInteraction).hasSize(sent.size());
        byInteraction.values().forEach(answers -> assertThat(answers).as("answered exactly once").hasSize(1));
        Function<GatewayMessage, RecordedRequest> answerTo = m -> byInteraction.get(m.interactionId()).getFirst();

        JsonNode positionReply = callback(answerTo.apply(position), position);
        assertThat(positionReply.at("/data/flags").asInt()).isEqualTo(64);
        assertThat(positionReply.at("/data/embeds/0/description").asText()).contains("fremen66").contains("#66");
        assertThat(fields(positionReply)).containsEntry("Status", "At risk").containsEntry("Behind #65", "10")
                .containsEntry("Score", "340.5");

        JsonNode thresholdReply = callback(answerTo.apply(threshold), threshold);
        assertThat(thresholdReply.at("/data/flags").isMissingNode()).as("threshold is public").isTrue();
        assertThat(fields(thresholdReply)).containsEntry("Entry score", "311").containsEntry("Eligible", "69 / 69")
                .containsEntry("Waitlist", "11");
        assertThat(fields(thresholdReply).get("Next in line")).startsWith("#70 fremen70 — 301");

        JsonNode own = callback(answerTo.apply(ownProfile), ownProfile);
        assertThat(own.at("/data/flags").asInt()).isEqualTo(64);
        assertThat(own.at("/data/embeds/0/title").asText()).isEqualTo("fremen3");
        assertThat(fields(own)).containsEntry("Score", "970.5").containsEntry("Rank", "#3").containsEntry("Tier", "Naib");

        JsonNode other = callback(answerTo.apply(otherProfile), otherProfile);
        assertThat(other.at("/data/flags").isMissingNode()).as("another member's profile is public").isTrue();
        assertThat(other.at("/data/embeds/0/title").asText()).isEqualTo("fremen4");
        assertThat(fields(other)).containsEntry("Score", "961").doesNotContainValue("960.5");

        JsonNode unreadable = callback(answerTo.apply(transportOnly), transportOnly);
        assertThat(unreadable.at("/data/flags").asInt()).isEqualTo(64);
        assertThat(unreadable.at("/data/embeds/0/description").asText())
                .isEqualTo("This command could not be read, please try again.");

        JsonNode unknownReply = callback(answerTo.apply(unknown), unknown);
        assertThat(unknownReply.at("/data/embeds/0/description").asText()).isEqualTo("Tiergate does not offer /ban.");

        for (GatewayMessage message : sent) {
            assertThat(logs.lines()).as("the stand-in logged the reply")
                    .anyMatch(line -> line.contains("discord-stand-in reply to interaction " + message.interactionId()));
            assertThat(logs.lines()).as("no log line carries an interaction token")
                    .noneMatch(line -> line.contains(message.token()));
        }
    }

    @Test
    void aMemberSendingTooFastIsToldToSlowDownAfterTheBurst() throws Exception {
        List<GatewayMessage> burst = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            burst.add(GatewayMessage.interaction(GUILD, user(50), "\"command_name\":\"position\""));
        }
        for (GatewayMessage message : burst) {
            tiergate.publish("commands.interaction", message);
        }
        awaitAnswers(burst);
        List<String> descriptions = new ArrayList<>();
        for (RecordedRequest request : tiergate.discord.requests()) {
            if (burst.stream().anyMatch(m -> request.path().contains(m.interactionId()))) {
                descriptions.add(JSON.readTree(request.body()).at("/data/embeds/0/description").asText());
            }
        }
        assertThat(descriptions).hasSize(6);
        assertThat(descriptions).filteredOn(d -> d.contains("#50")).hasSize(5);
        assertThat(descriptions).filteredOn(d -> d.startsWith("You are sending commands too fast. Try again in "))
                .hasSize(1);
    }

    private static void awaitAnswers(List<GatewayMessage> messages) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (messages.stream().anyMatch(m -> tiergate.discord.requests().stream()
                .noneMatch(r -> r.path().contains(m.interactionId())))) {
            assertThat(System.nanoTime()).as("every interaction answered in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** The reference gateway's fixture (transport fields only), with ids that make it a live interaction. */
    private static GatewayMessage fixtureWithFreshIds() throws Exception {
        Path shared = Path.of("../../shared/fixtures/gateway/interaction-create.json");
        Path fixture = Files.exists(shared) ? shared : Path.of("src/test/resources/fixtures/gateway/interaction-create.json");
        JsonNode original = JSON.readTree(Files.readString(fixture));
        GatewayMessage fresh = GatewayMessage.interaction(GUILD, user(9), "");
        com.fasterxml.jackson.databind.node.ObjectNode copy = original.deepCopy();
        copy.put("event_id", fresh.eventId()).put("guild_id", GUILD).put("user_id", user(9));
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy.get("data"))
                .put("interaction_id", fresh.interactionId()).put("interaction_token", fresh.token());
        return new GatewayMessage(fresh.eventId(), fresh.interactionId(), fresh.token(), JSON.writeValueAsString(copy));
    }

    private static JsonNode callback(RecordedRequest request, GatewayMessage message) throws Exception {
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/v10/interactions/" + message.interactionId() + "/" + message.token()
                + "/callback");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("type").asInt()).as("an answer, not a deferral").isEqualTo(4);
        assertThat(body.at("/data/allowed_mentions/parse").size()).as("replies never ping").isZero();
        return body;
    }
}

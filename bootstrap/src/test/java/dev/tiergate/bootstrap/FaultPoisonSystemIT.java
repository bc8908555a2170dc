package dev.tiergate.bootstrap;

import static dev.tiergate.bootstrap.ServiceDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StreamState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 6, fault 5: a poison corpus on the interaction, activity, member and score subjects. Each
 * message lands in DEAD_LETTERS once, on {@code dlq.<its subject>} with its reason and original subject
 * in headers, is terminated on its first delivery (never redelivered), and no token reaches a log or a
 * dead letter; a valid interaction and a valid event right after are handled as usual.
 */
@Timeout(90)
class FaultPoisonSystemIT {

    private static final String GUILD = "777777777777770501";
    private static final String USER = "760500000000000001";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Just under NATS's default max_payload of 1 MiB, headers included. */
    private static final int NEAR_MAX_PAYLOAD = 1024 * 1024 - 8 * 1024;
    private static final List<String> SUBJECTS = List.of("commands.interaction", "events.message.create",
            "events.reaction.add", "events.member.join", "eligibility.scores");
    private static final List<Durable> CONSUMERS = List.of(Durable.COMMANDS, Durable.MESSAGES, Durable.REACTIONS,
            Durable.MEMBER_EVENTS, Durable.SCORES);

    @RegisterExtension
    static final FaultBench.InThisJvm bench = FaultBench.inThisJvm();

    /** One poison message as published: its subject, what is wrong with it, where JetStream stored it, its tokens. */
    private record Poison(String subject, String flaw, PublishAck stored, String token) {

        String origin() {
            return stored.getStream() + "-" + stored.getSeqno();
        }
    }

    @Test
    void eachPoisonMessageIsDeadLetteredOnceOnFirstDeliveryAndTheServiceCarriesOn() throws Exception {
        List<Poison> corpus = new ArrayList<>();
        for (String subject : SUBJECTS) {
            GatewayMessage valid = validOn(subject);
            for (Map.Entry<String, UnaryOperator<String>> flaw : flaws().entrySet()) {
                byte[] body = flaw.getValue().apply(valid.json()).getBytes(StandardCharsets.UTF_8);
                corpus.add(new Poison(subject, flaw.getKey(), bench.publisher().publishRaw(subject, body), valid.token()));
            }
        }

        GatewayMessage interaction = GatewayMessage.interaction(GUILD, USER, "\"command_name\":\"threshold\"");
        bench.publisher().publish("commands.interaction", interaction);
        GatewayMessage message = GatewayMessage.event("message.create", GUILD, USER,
                "{\"message_id\":\"990000000000000501\",\"author_id\":\"" + USER + "\"}");
        bench.publisher().publish("events.message.create", message);

        JetStreamManagement streams = bench.publisher().connection().jetStreamManagement();
        Eventually.await("every poison message dead-lettered",
                () -> deadLetterCount(streams) >= corpus.size());
        bench.awaitDrained(Duration.ofSeconds(20), CONSUMERS.toArray(Durable[]::new));

        Map<String, List<MessageInfo>> deadLetters = deadLettersByOrigin(streams);
        for (Poison poison : corpus) {
            String what = poison.flaw() + " on " + poison.subject();
            assertThat(deadLetters.get(poison.origin())).as(what + ": dead-lettered once").hasSize(1);
            MessageInfo copy = deadLetters.get(poison.origin()).getFirst();
            assertThat(copy.getSubject()).as(what).isEqualTo("dlq." + poison.subject());
            assertThat(copy.getHeaders().getFirst("Tiergate-Original-Subject")).as(what).isEqualTo(poison.subject());
            assertThat(copy.getHeaders().getFirst("Tiergate-Dead-Letter-Reason")).as(what + ": the reason").isNotBlank();
            if (poison.token() != null) {
                assertThat(new String(copy.getData() == null ? new byte[0] : copy.getData(), StandardCharsets.UTF_8))
                        .as(what + ": no token in the copy").doesNotContain(poison.token());
                assertThat(bench.lines()).as(what + ": no token in the log").noneMatch(l -> l.contains(poison.token()));
            }
            String deadLettered = poison.subject() + " #" + poison.stored().getSeqno() + " dead-lettered";
            assertThat(bench.lines()).as(what + ": handled on one delivery only")
                    .filteredOn(line -> line.contains(deadLettered)).hasSize(1);
        }
        for (Durable consumer : CONSUMERS) {
            assertThat(consumer.info(bench.publisher().connection()).getRedelivered())
                    .as(consumer.name() + " redelivered nothing").isZero();
        }

        InteractionAudit audit = InteractionAudit.of(List.of(interaction), bench.ledger(), bench.lines());
        audit.assertExactlyOnce();
        assertThat(audit.answered()).as("the valid interaction answered").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM processed_events WHERE community_id = ? AND event_id = ?::uuid", GUILD,
                message.eventId())).as("the valid event recorded").isEqualTo(1);
    }

    /** A message each listener would accept, to be spoilt. */
    private static GatewayMessage validOn(String subject) {
        return switch (subject) {
            case "commands.interaction" -> GatewayMessage.interaction(GUILD, USER, "\"command_name\":\"threshold\"");
            case "events.message.create" -> GatewayMessage.event("message.create", GUILD, USER,
                    "{\"message_id\":\"990000000000000502\",\"author_id\":\"" + USER + "\"}");
            case "events.reaction.add" -> GatewayMessage.event("reaction.add", GUILD, USER,
                    "{\"message_id\":\"990000000000000503\",\"user_id\":\"" + USER + "\"}");
            case "events.member.join" -> GatewayMessage.event("member.join", GUILD, USER, "{\"username\":\"poisoned\"}");
            case "eligibility.scores" -> GatewayMessage.scores(GUILD, Instant.now().toEpochMilli(),
                    List.<String[]>of(new String[] {USER, "10"}));
            default -> throw new IllegalArgumentException(subject);
        };
    }

    /** Ways to spoil a valid envelope, by name. */
    private static Map<String, UnaryOperator<String>> flaws() {
        Map<String, UnaryOperator<String>> flaws = new LinkedHashMap<>();
        flaws.put("invalid JSON", json -> json.substring(0, json.length() / 2));
        flaws.put("a body just under 1 MiB", json -> edit(json, envelope -> envelope.put("padding",
                "x".repeat(NEAR_MAX_PAYLOAD - json.length() - 20))));
        flaws.put("nesting 100 deep", json -> edit(json, envelope -> {
            ObjectNode nested = JSON.createObjectNode().put("leaf", 1);
            for (int depth = 1; depth < 100; depth++) {
                nested = JSON.createObjectNode().set("a", nested);
            }
            envelope.set("data", nested);
        }));
        flaws.put("wrong types", json -> edit(json, envelope -> envelope.put("shard_id", "zero")
                .put("timestamp", "yesterday")));
        flaws.put("a bad snowflake", json -> edit(json, envelope -> envelope.put("guild_id", "12ab")));
        return flaws;
    }

    private static String edit(String json, Consumer<ObjectNode> change) {
        try {
            ObjectNode envelope = (ObjectNode) JSON.readTree(json);
            change.accept(envelope);
            return JSON.writeValueAsString(envelope);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static long deadLetterCount(JetStreamManagement streams) {
        try {
            return streams.getStreamInfo("DEAD_LETTERS").getStreamState().getMsgCount();
        } catch (Exception notYet) {
            return 0;
        }
    }

    private static Map<String, List<MessageInfo>> deadLettersByOrigin(JetStreamManagement streams) throws Exception {
        StreamState state = streams.getStreamInfo("DEAD_LETTERS").getStreamState();
        Map<String, List<MessageInfo>> byOrigin = new HashMap<>();
        for (long sequence = state.getFirstSequence(); sequence <= state.getLastSequence(); sequence++) {
            MessageInfo copy = streams.getMessage("DEAD_LETTERS", sequence);
            byOrigin.computeIfAbsent(copy.getHeaders().getFirst("Tiergate-Original-Sequence"), o -> new ArrayList<>())
                    .add(copy);
        }
        return byOrigin;
    }
}

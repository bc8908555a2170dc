package dev.tiergate.bootstrap.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tiergate.domain.profile.UserId;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One interaction.create envelope as the gateway publishes it on {@value #SUBJECT} (see the wire
 * contract): a fresh event id (also the de-duplication header), interaction id and token, from a member of
 * the demo community. The token is how the reply is found again at the local Discord stand-in.
 */
public record InteractionEnvelope(String eventId, String interactionId, String token, String json) {

    public static final String SUBJECT = "commands.interaction";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    /** The envelope of {@code routing} sent by {@code caller} in the demo community's channel at {@code now}. */
    public static InteractionEnvelope of(UserId caller, DemoCommandLine.Routing routing, Instant now) {
        String eventId = UUID.randomUUID().toString();
        String interactionId = Long.toString((now.toEpochMilli() - DISCORD_EPOCH_MILLIS) << 22);
        String token = "demo-" + UUID.randomUUID();
        ObjectNode envelope = JSON.createObjectNode()
                .put("event_id", eventId)
                .put("event_type", "interaction.create")
                .put("shard_id", 0)
                .put("timestamp", now.toEpochMilli())
                .put("guild_id", DemoCommunity.GUILD.value())
                .put("channel_id", DemoCommunity.GUILD.value())
                .put("user_id", caller.value());
        ObjectNode data = envelope.putObject("data")
                .put("interaction_id", interactionId)
                .put("interaction_type", routing.interactionType())
                .put("interaction_token", token);
        data.setAll(routing.fields());
        return new InteractionEnvelope(eventId, interactionId, token, envelope.toString());
    }

    /** Publishes the envelope to JetStream; fails when no stream takes the subject (the service never ran). */
    public PublishAck publish(Connection nats) throws IOException, JetStreamApiException {
        Headers headers = new Headers().add("Nats-Msg-Id", eventId);
        return nats.jetStream().publish(SUBJECT, headers, json.getBytes(StandardCharsets.UTF_8));
    }
}

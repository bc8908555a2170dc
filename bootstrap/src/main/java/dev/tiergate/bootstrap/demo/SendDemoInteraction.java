package dev.tiergate.bootstrap.demo;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one slash command as the demo member, the way the gateway would: an interaction.create
 * envelope on commands.interaction. Usage: SendDemoInteraction position|threshold|profile.
 */
public final class SendDemoInteraction {

    private static final Logger LOG = LoggerFactory.getLogger(SendDemoInteraction.class);
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final Map<String, String> ROUTING = Map.of(
            "position", "\"command_name\":\"position\"",
            "threshold", "\"command_name\":\"threshold\"",
            "profile", "\"command_name\":\"profile\",\"subcommand\":\"view\"");

    private SendDemoInteraction() {
    }

    public static void main(String[] args) throws Exception {
        String command = (args.length == 0 ? "position" : args[0]).replace("/", "").toLowerCase(Locale.ROOT);
        String routing = ROUTING.get(command);
        if (routing == null) {
            LOG.error("Unknown demo command '{}': use position, threshold or profile", command);
            System.exit(2);
        }
        String natsUrl = System.getenv().getOrDefault("NATS_URL", "nats://127.0.0.1:4222");
        long now = Instant.now().toEpochMilli();
        String eventId = UUID.randomUUID().toString();
        String interactionId = Long.toString((now - DISCORD_EPOCH_MILLIS) << 22);
        String envelope = """
                {"event_id":"%s","event_type":"interaction.create","shard_id":0,"timestamp":%d,
                 "guild_id":"%s","channel_id":"%s","user_id":"%s",
                 "data":{"interaction_id":"%s","interaction_type":"ApplicationCommand",
                         "interaction_token":"demo-%s",%s}}
                """.formatted(eventId, now, DemoCommunity.GUILD.value(), DemoCommunity.GUILD.value(),
                DemoCommunity.DEMO_MEMBER.value(), interactionId, UUID.randomUUID(), routing);
        try (Connection nats = Nats.connect(natsUrl)) {
            Headers headers = new Headers().add("Nats-Msg-Id", eventId);
            PublishAck ack = nats.jetStream().publish("commands.interaction", headers, envelope.getBytes());
            LOG.info("Sent /{} as demo member {} (stream {}, seq {}). The reply appears in the service's log,"
                    + " on a line starting with discord-stand-in.", command, DemoCommunity.DEMO_MEMBER, ack.getStream(),
                    ack.getSeqno());
        }
    }
}

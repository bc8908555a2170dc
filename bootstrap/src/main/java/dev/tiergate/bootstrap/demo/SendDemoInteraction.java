package dev.tiergate.bootstrap.demo;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one slash command (or a click) as the demo member, the way the gateway would: an
 * interaction.create envelope on commands.interaction. Usage: {@code SendDemoInteraction /leaderboard score}
 * (any command as typed in Discord, see {@link DemoCommandLine}) or {@code SendDemoInteraction click <custom_id>}.
 */
public final class SendDemoInteraction {

    private static final Logger LOG = LoggerFactory.getLogger(SendDemoInteraction.class);
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    private SendDemoInteraction() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "/position" : String.join(" ", args);
        Optional<DemoCommandLine.Routing> routing = DemoCommandLine.parse(command);
        if (routing.isEmpty()) {
            LOG.error("'{}' is not a Tiergate command: try /position, /leaderboard score, /directory or /profile view",
                    command);
            System.exit(2);
        }
        String fields = routing.get().fields().toString();
        String natsUrl = System.getenv().getOrDefault("NATS_URL", "nats://127.0.0.1:4222");
        long now = Instant.now().toEpochMilli();
        String eventId = UUID.randomUUID().toString();
        String interactionId = Long.toString((now - DISCORD_EPOCH_MILLIS) << 22);
        String envelope = """
                {"event_id":"%s","event_type":"interaction.create","shard_id":0,"timestamp":%d,
                 "guild_id":"%s","channel_id":"%s","user_id":"%s",
                 "data":{"interaction_id":"%s","interaction_type":"%s",
                         "interaction_token":"demo-%s",%s}}
                """.formatted(eventId, now, DemoCommunity.GUILD.value(), DemoCommunity.GUILD.value(),
                DemoCommunity.DEMO_MEMBER.value(), interactionId, routing.get().interactionType(), UUID.randomUUID(),
                fields.substring(1, fields.length() - 1));
        try (Connection nats = Nats.connect(natsUrl)) {
            Headers headers = new Headers().add("Nats-Msg-Id", eventId);
            PublishAck ack = nats.jetStream().publish("commands.interaction", headers, envelope.getBytes());
            LOG.info("Sent {} as demo member {} (stream {}, seq {}). The reply appears in the service's log,"
                    + " on a line starting with discord-stand-in.", command, DemoCommunity.DEMO_MEMBER, ack.getStream(),
                    ack.getSeqno());
        } catch (IOException noStream) {
            LOG.error("Nothing took the command at {} ({}): is the service running? Start it with"
                    + " bash deploy/local/run.sh", natsUrl, noStream.getMessage());
            System.exit(1);
        }
    }
}

package dev.tiergate.bootstrap.demo;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.Nats;
import io.nats.client.api.PublishAck;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one slash command (or a click) as the demo member, the way the gateway would: an
 * interaction.create envelope on commands.interaction. Usage: {@code SendDemoInteraction /leaderboard score}
 * (any command as typed in Discord, see {@link DemoCommandLine}) or {@code SendDemoInteraction click <custom_id>}.
 */
public final class SendDemoInteraction {

    private static final Logger LOG = LoggerFactory.getLogger(SendDemoInteraction.class);

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
        String natsUrl = System.getenv().getOrDefault("NATS_URL", "nats://127.0.0.1:4222");
        InteractionEnvelope envelope = InteractionEnvelope.of(DemoCommunity.DEMO_MEMBER, routing.get(), Instant.now());
        try (Connection nats = Nats.connect(natsUrl)) {
            PublishAck ack = envelope.publish(nats);
            LOG.info("Sent {} as demo member {} (stream {}, seq {}). The reply appears in the service's log,"
                    + " on a line starting with discord-stand-in.", command, DemoCommunity.DEMO_MEMBER, ack.getStream(),
                    ack.getSeqno());
        } catch (IOException | JetStreamApiException noStream) {
            LOG.error("Nothing took the command at {} ({}): is the service running? Start it with"
                    + " bash deploy/local/run.sh", natsUrl, noStream.getMessage());
            System.exit(1);
        }
    }
}

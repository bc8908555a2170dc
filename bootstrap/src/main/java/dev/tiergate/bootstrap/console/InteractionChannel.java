package dev.tiergate.bootstrap.console;

import dev.tiergate.bootstrap.demo.DemoCommandLine;
import dev.tiergate.bootstrap.demo.InteractionEnvelope;
import dev.tiergate.domain.profile.UserId;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * The console's line to the running service: each interaction goes out as the gateway would send it
 * (an envelope on JetStream) and its answer is read back from the local Discord stand-in.
 */
final class InteractionChannel {

    private final Connection nats;
    private final StandInAnswers answers;
    private final Clock clock;
    private final Duration timeout;

    InteractionChannel(Connection nats, StandInAnswers answers, Clock clock, Duration timeout) {
        this.nats = nats;
        this.answers = answers;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** Sends the interaction as {@code caller} and waits for what the caller would see. */
    Reply send(UserId caller, DemoCommandLine.Routing routing) throws InterruptedException {
        InteractionEnvelope envelope = InteractionEnvelope.of(caller, routing, clock.instant());
        try {
            envelope.publish(nats);
        } catch (IOException | JetStreamApiException notTaken) {
            return new Reply.Missing("NATS did not take the interaction (" + notTaken.getMessage()
                    + "): is the service running (bash deploy/local/run.sh)?");
        }
        return answers.await(envelope.token(), timeout);
    }
}

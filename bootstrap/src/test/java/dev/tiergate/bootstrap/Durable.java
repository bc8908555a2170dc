package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.api.ConsumerInfo;
import java.io.IOException;
import java.time.Duration;

/**
 * One of Tiergate's durable pull consumers, as the test sees it from its own connection: drained once
 * nothing waits for it and nothing it took is unacknowledged (a redelivery due after the ack wait
 * still counts as pending), so every duplicate delivery has happened by then.
 */
record Durable(String stream, String name) {

    static final Durable COMMANDS = new Durable("COMMANDS", "tiergate-commands");
    static final Durable SCORES = new Durable("ELIGIBILITY", "tiergate-scores");
    static final Durable MESSAGES = new Durable("EVENTS", "tiergate-activity-messages");
    static final Durable REACTIONS = new Durable("EVENTS", "tiergate-activity-reactions");
    static final Durable MEMBER_EVENTS = new Durable("EVENTS", "tiergate-member-events");
    static final Durable GUILD_EVENTS = new Durable("EVENTS", "tiergate-guild-events");

    ConsumerInfo info(Connection connection) throws IOException, JetStreamApiException {
        return connection.jetStreamManagement().getConsumerInfo(stream, name);
    }

    /** Waits up to {@code within} until every one of the consumers is drained twice in a row. */
    static void awaitDrained(Connection connection, Duration within, Durable... consumers) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        int quietLooks = 0;
        String last = "not looked yet";
        while (quietLooks < 2) {
            assertThat(System.nanoTime()).as("consumers drained in time; last seen " + last).isLessThan(deadline);
            Thread.sleep(250);
            try {
                StringBuilder seen = new StringBuilder();
                boolean quiet = true;
                for (Durable consumer : consumers) {
                    ConsumerInfo info = consumer.info(connection);
                    quiet &= info.getNumPending() == 0 && info.getNumAckPending() == 0;
                    seen.append(consumer.name()).append(" pending=").append(info.getNumPending()).append(" unacked=")
                            .append(info.getNumAckPending()).append(' ');
                }
                last = seen.toString();
                quietLooks = quiet ? quietLooks + 1 : 0;
            } catch (IOException | JetStreamApiException | IllegalStateException unreachable) {
                // NATS is still coming back; look again.
                last = unreachable.toString();
                quietLooks = 0;
            }
        }
    }
}

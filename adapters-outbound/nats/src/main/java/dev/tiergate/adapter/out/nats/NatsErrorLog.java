package dev.tiergate.adapter.out.nats;

import io.nats.client.Connection;
import io.nats.client.Consumer;
import io.nats.client.ErrorListener;
import io.nats.client.JetStreamSubscription;
import io.nats.client.Message;
import io.nats.client.support.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the NATS client reports about a connection, in the service's own log (jnats' default writes
 * to java.util.logging, past the service's format and its masking). A pull that ran out its time
 * (status 408) is the normal end of an idle pull, every second on every consumer: not a warning.
 */
public final class NatsErrorLog implements ErrorListener {

    private static final Logger LOG = LoggerFactory.getLogger(NatsErrorLog.class);
    private static final int PULL_EXPIRED = 408;

    @Override
    public void errorOccurred(Connection connection, String error) {
        LOG.warn("NATS server reported an error: {}", error);
    }

    @Override
    public void exceptionOccurred(Connection connection, Exception exception) {
        LOG.warn("NATS connection failed: {}", exception.toString());
    }

    @Override
    public void slowConsumerDetected(Connection connection, Consumer consumer) {
        LOG.warn("NATS client is falling behind a subscription and may drop its messages");
    }

    @Override
    public void messageDiscarded(Connection connection, Message message) {
        LOG.warn("NATS client discarded a message on {}", message.getSubject());
    }

    @Override
    public void heartbeatAlarm(Connection connection, JetStreamSubscription subscription, long lastStreamSequence,
            long lastConsumerSequence) {
        LOG.warn("NATS heartbeats missed on consumer {}", subscription.getConsumerName());
    }

    @Override
    public void unhandledStatus(Connection connection, JetStreamSubscription subscription, Status status) {
        LOG.warn("NATS status {} on consumer {}: {}", status.getCode(), subscription.getConsumerName(),
                status.getMessage());
    }

    @Override
    public void pullStatusWarning(Connection connection, JetStreamSubscription subscription, Status status) {
        if (status.getCode() == PULL_EXPIRED) {
            LOG.trace("A pull on consumer {} ended: {}", subscription.getConsumerName(), status.getMessage());
        } else {
            LOG.warn("A pull on consumer {} was refused: {} {}", subscription.getConsumerName(), status.getCode(),
                    status.getMessage());
        }
    }

    @Override
    public void pullStatusError(Connection connection, JetStreamSubscription subscription, Status status) {
        LOG.error("A pull on consumer {} failed: {} {}", subscription.getConsumerName(), status.getCode(),
                status.getMessage());
    }

    @Override
    public void socketWriteTimeout(Connection connection) {
        LOG.warn("NATS connection timed out writing to the server");
    }
}

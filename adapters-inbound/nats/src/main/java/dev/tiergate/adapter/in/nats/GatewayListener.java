package dev.tiergate.adapter.in.nats;

import io.nats.client.Connection;
import io.nats.client.Message;

/**
 * What every listener of the gateway's streams shares: one durable pull consumer, the envelope
 * parser, and a dead-letter copy of whatever cannot be handled. Subclasses decide per message.
 */
abstract sealed class GatewayListener implements AutoCloseable permits ActivityListener, InteractionListener,
        MemberEventListener, ScoreListener {

    final GatewayEnvelopeParser parser = new GatewayEnvelopeParser();
    private final PullConsumerLoop loop;

    GatewayListener(Connection connection, PullConsumerLoop.ConsumerSpec consumer, ListenerSettings settings) {
        this.loop = new PullConsumerLoop(connection, consumer, settings, new DeadLetterPublisher(connection, parser),
                this::handle);
    }

    /** Settles one message: ack, retry with back-off, or poison. Called on virtual threads, several at once. */
    abstract Settlement handle(Message message);

    /** Creates or updates the consumer and starts handling; throws when the consumer cannot be set up. */
    public void start() {
        loop.start();
    }

    /** Stops pulling and waits up to the shutdown deadline for the messages being handled. */
    @Override
    public void close() {
        loop.close();
    }
}

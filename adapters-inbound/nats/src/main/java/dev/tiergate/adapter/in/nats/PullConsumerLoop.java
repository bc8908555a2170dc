package dev.tiergate.adapter.in.nats;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.FetchConsumeOptions;
import io.nats.client.FetchConsumer;
import io.nats.client.JetStreamApiException;
import io.nats.client.Message;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one durable pull consumer: fetches only as many messages as there are free handler slots,
 * hands each to a virtual thread, and settles it as the handler decides (ack, nak with back-off,
 * or term plus a dead-letter copy); a message that runs out of deliveries without any answer is
 * dead-lettered from JetStream's advisory. Closing stops fetching and waits for the handlers.
 */
final class PullConsumerLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PullConsumerLoop.class);
    /** The shortest pull jnats allows; it also bounds how long closing waits for the last fetch. */
    private static final long FETCH_EXPIRES_MILLIS = 1_000;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    private static final Duration MAX_FETCH_PAUSE = Duration.ofSeconds(5);

    /** The durable consumer one listener reads. */
    record ConsumerSpec(String stream, String durable, String filterSubject, int maxDeliver, Duration ackWait) {

        ConsumerConfiguration configuration() {
            return ConsumerConfiguration.builder()
                    .durable(durable)
                    .filterSubject(filterSubject)
                    .ackPolicy(AckPolicy.Explicit)
                    .deliverPolicy(DeliverPolicy.All)
                    .maxDeliver(maxDeliver)
                    .ackWait(ackWait)
                    .build();
        }
    }

    /** Decides what to do with one message; called on a virtual thread, several at once. */
    @FunctionalInterface
    interface Handler {
        Settlement handle(Message message);
    }

    /** A loop starts once and closes once. */
    private enum State {
        NEW, RUNNING, CLOSED
    }

    private final Connection connection;
    private final ConsumerSpec spec;
    private final ListenerSettings settings;
    private final DeadLetterPublisher deadLetters;
    private final Handler handler;
    private final MaxDeliveriesAdvisories advisories;
    private final Semaphore slots;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicReference<State> state = new AtomicReference<>(State.NEW);
    private volatile ConsumerContext consumer;
    private Thread puller;

    PullConsumerLoop(Connection connection, ConsumerSpec spec, ListenerSettings settings,
            DeadLetterPublisher deadLetters, Handler handler) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.spec = spec;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.deadLetters = deadLetters;
        this.handler = handler;
        this.advisories = new MaxDeliveriesAdvisories(connection, spec, deadLetters);
        this.slots = new Semaphore(settings.maxInFlight());
    }

    /** Creates or updates the durable consumer, then starts pulling; fails when the consumer cannot be set up. */
    synchronized void start() {
        if (!state.compareAndSet(State.NEW, State.RUNNING)) {
            throw new IllegalStateException("Consumer " + spec.durable() + " was already started");
        }
        try {
            consumer = createOrUpdateConsumer();
        } catch (IOException | JetStreamApiException failure) {
            state.set(State.CLOSED);
            throw new IllegalStateException("Cannot create or update JetStream consumer " + spec.durable()
                    + " on stream " + spec.stream() + ": " + failure.getMessage(), failure);
        }
        advisories.start();
        puller = Thread.ofVirtual().name(spec.durable() + "-puller").start(this::pull);
        LOG.info("Consuming {} from stream {} as {} with at most {} messages in flight", spec.filterSubject(),
                spec.stream(), spec.durable(), settings.maxInFlight());
    }

    /** Stops fetching and waits, up to the shutdown deadline, for the handlers still running. */
    @Override
    public synchronized void close() {
        State previous = state.getAndSet(State.CLOSED);
        if (previous != State.RUNNING) {
            return;
        }
        long deadline = System.nanoTime() + settings.shutdownDeadline().toNanos();
        try {
            if (!puller.join(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                LOG.warn("Consumer {} reached the shutdown deadline while still fetching, with {} message(s) in "
                        + "flight; JetStream redelivers unacked ones after the ack wait", spec.durable(),
                        inFlight.get());
            } else if (slots.tryAcquire(settings.maxInFlight(), Math.max(0, deadline - System.nanoTime()),
                    TimeUnit.NANOSECONDS)) {
                LOG.info("Consumer {} stopped with no message in flight", spec.durable());
            } else {
                LOG.warn("Consumer {} stopped with {} message(s) still in flight at the shutdown deadline; "
                        + "JetStream redelivers unacked ones after the ack wait", spec.durable(), inFlight.get());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            LOG.warn("Interrupted while consumer {} was shutting down", spec.durable());
        } finally {
            advisories.close();
        }
    }

    private ConsumerContext createOrUpdateConsumer() throws IOException, JetStreamApiException {
        return connection.getStreamContext(spec.stream()).createOrUpdateConsumer(spec.configuration());
    }

    private void pull() {
        int failures = 0;
        while (state.get() == State.RUNNING) {
            int granted;
            try {
                granted = acquireSlots();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            if (granted == 0) {
                return;
            }
            int dispatched = 0;
            try {
                ConsumerContext context = consumer != null ? consumer : (consumer = createOrUpdateConsumer());
                FetchConsumer fetch = context.fetch(FetchConsumeOptions.builder().maxMessages(granted)
                        .expiresIn(FETCH_EXPIRES_MILLIS).build());
                try {
                    long giveUpAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2 * FETCH_EXPIRES_MILLIS);
                    while (!fetch.isFinished() && System.nanoTime() < giveUpAt) {
                        Message message = fetch.nextMessage();
                        if (message != null) {
                            dispatched++;
                            dispatch(message);
                        }
                    }
                } finally {
                    fetch.close();
                }
                failures = 0;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception failure) {
                if (connection.getStatus() == Connection.Status.CLOSED) {
                    LOG.info("Consumer {} stops: the NATS connection is closed", spec.durable());
                    return;
                }
                failures++;
                consumer = null;
                LOG.warn("Consumer {} could not fetch (attempt {}): {}", spec.durable(), failures,
                        failure.toString());
                if (!pause(failures)) {
                    return;
                }
            } finally {
                slots.release(granted - dispatched);
            }
        }
    }

    /** Waits for at least one free slot and takes every free one; zero once the loop is closing. */
    private int acquireSlots() throws InterruptedException {
        while (state.get() == State.RUNNING) {
            if (slots.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                return 1 + slots.drainPermits();
            }
        }
        return 0;
    }

    private boolean pause(int failures) {
        long millis = Math.min(MAX_FETCH_PAUSE.toMillis(), 100L << Math.min(failures, 6));
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void dispatch(Message message) {
        inFlight.incrementAndGet();
        Thread.ofVirtual().name(spec.durable() + "-handler").start(() -> {
            try {
                settle(message, decide(message));
            } catch (RuntimeException failure) {
                LOG.error("{} could not be settled; JetStream redelivers it after the ack wait: {}",
                        message.getSubject(), failure.toString());
            } finally {
                inFlight.decrementAndGet();
                slots.release();
            }
        });
    }

    private Settlement decide(Message message) {
        try {
            return handler.handle(message);
        } catch (RuntimeException unexpected) {
            // A listener catches what it expects; this is a bug, logged by type only (its message may hold input).
            return new Settlement.Retry("unexpected " + unexpected.getClass().getName());
        }
    }

    private void settle(Message message, Settlement settlement) {
        long delivered = message.metaData().deliveredCount();
        long sequence = message.metaData().streamSequence();
        switch (settlement) {
            case Settlement.Ack() -> message.ack();
            case Settlement.Poison(String reason) -> deadLetter(message, reason);
            case Settlement.GiveUp(String why) -> {
                LOG.error("{} #{} dropped after delivery {}: {}", message.getSubject(), sequence, delivered, why);
                message.term();
            }
            case Settlement.Retry(String why) when delivered >= spec.maxDeliver() ->
                    deadLetter(message, "failed all " + spec.maxDeliver() + " deliveries: " + why);
            case Settlement.Retry(String why) -> {
                Duration backoff = backoff(delivered);
                LOG.warn("{} #{} failed delivery {} of {}, retrying in {} s: {}", message.getSubject(), sequence,
                        delivered, spec.maxDeliver(), backoff.toSeconds(), why);
                message.nakWithDelay(backoff);
            }
        }
    }

    /** Terminates the message after storing its copy; if the copy cannot be stored, retries while deliveries last. */
    private void deadLetter(Message message, String reason) {
        long delivered = message.metaData().deliveredCount();
        long sequence = message.metaData().streamSequence();
        try {
            deadLetters.publish(message, reason);
            LOG.warn("{} #{} dead-lettered: {}", message.getSubject(), sequence, reason);
            message.term();
        } catch (IOException | JetStreamApiException | RuntimeException failure) {
            if (delivered < spec.maxDeliver()) {
                LOG.error("{} #{} could not be dead-lettered ({}); retrying. Reason: {}", message.getSubject(),
                        sequence, failure, reason);
                message.nakWithDelay(backoff(delivered));
            } else {
                LOG.error("{} #{} could not be dead-lettered ({}) on its last delivery and is dropped. Reason: {}",
                        message.getSubject(), sequence, failure, reason);
                message.term();
            }
        }
    }

    /** 1 s, 2 s, 4 s … after the first, second, third delivery, at most a minute. */
    static Duration backoff(long delivered) {
        long doublings = Math.clamp(delivered - 1, 0, 6);
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << doublings);
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }
}

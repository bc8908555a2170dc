package dev.tiergate.adapter.in.nats;

import dev.tiergate.adapter.in.nats.MessagePathObserver.DeadLetterCause;
import dev.tiergate.adapter.in.nats.MessagePathObserver.DropCause;
import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamSubscription;
import io.nats.client.Message;
import io.nats.client.PullRequestOptions;
import io.nats.client.PullSubscribeOptions;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one durable pull consumer: pulls only as many messages as there are free handler slots,
 * hands each to a virtual thread that sends in-progress heartbeats while it works, and settles it
 * as the handler decides (ack, nak with back-off, or term plus a dead-letter copy); a message that
 * runs out of deliveries without any answer is dead-lettered from JetStream's advisory. After the
 * connection reconnects, the durable consumer is created or verified again before the next pull.
 * Closing stops pulling, hands back what arrived unhandled and waits for the handlers.
 *
 * <p>Pulls share one long-lived subscription rather than one per fetch: the server may receive a
 * pull late and keep it open after the client stopped waiting for it, and a message it sends then
 * must land in a queue someone still reads, not an inbox already unsubscribed (which JetStream
 * would only redeliver after the ack wait, far beyond an interaction's 3 s).
 */
final class PullConsumerLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PullConsumerLoop.class);
    /**
     * How long the server keeps one pull open, drawn afresh for each pull between these two. JetStream
     * gives a message to the oldest waiting pull: replicas whose pulls all lasted one exact second would
     * lock in step, and one of them would get every message of a quiet stream. The longest also bounds
     * how long closing waits for the last pull.
     */
    private static final long SHORTEST_PULL_MILLIS = 500;
    private static final long LONGEST_PULL_MILLIS = 1_000;
    /** How much later than the client the server may see a pull, and so still answer it, when closing. */
    private static final Duration LATE_PULL_GRACE = Duration.ofMillis(500);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    private static final Duration MAX_PULL_PAUSE = Duration.ofSeconds(5);

    /**
     * The durable consumer one listener reads; a handler still running after {@code handlingLimit}
     * is taken for hung: its heartbeats stop, so JetStream redelivers the message after the ack wait.
     */
    record ConsumerSpec(String stream, String durable, String filterSubject, int maxDeliver, Duration ackWait,
            Duration handlingLimit) {

        static final Duration DEFAULT_HANDLING_LIMIT = Duration.ofMinutes(5);

        ConsumerSpec {
            Objects.requireNonNull(ackWait, "ackWait");
            Objects.requireNonNull(handlingLimit, "handlingLimit");
        }

        ConsumerSpec(String stream, String durable, String filterSubject, int maxDeliver, Duration ackWait) {
            this(stream, durable, filterSubject, maxDeliver, ackWait, DEFAULT_HANDLING_LIMIT);
        }

        /** COMMANDS carries interactions; every other stream carries events. */
        boolean readsCommands() {
            return stream.equals("COMMANDS");
        }

        /** A third of the ack wait: two beats may go missing before JetStream would redeliver. */
        Duration heartbeatPeriod() {
            return ackWait.dividedBy(3);
        }

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
    private final MessagePathObserver observer;
    private final int maxInFlight;
    private final Semaphore slots;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicReference<State> state = new AtomicReference<>(State.NEW);
    /** Counts reconnects; the puller compares it with the count its consumer was last verified at. */
    private final AtomicLong reconnects = new AtomicLong();
    private final ConnectionListener reconnected = (ignored, event) -> {
        if (event == ConnectionListener.Events.RECONNECTED) {
            reconnects.incrementAndGet();
        }
    };
    /** Owned by the puller: null until (re)subscribed after a start, a failure or a reconnect. */
    private JetStreamSubscription subscription;
    private long verifiedAtReconnect;
    private Thread puller;

    PullConsumerLoop(Connection connection, ConsumerSpec spec, ListenerSettings settings,
            DeadLetterPublisher deadLetters, Handler handler) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.spec = spec;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.deadLetters = deadLetters;
        this.handler = handler;
        this.observer = settings.observer();
        this.advisories = new MaxDeliveriesAdvisories(connection, spec, deadLetters, observer);
        this.maxInFlight = settings.inFlightFor(spec);
        this.slots = new Semaphore(maxInFlight);
    }

    /** Creates or updates the durable consumer, then starts pulling; fails when the consumer cannot be set up. */
    synchronized void start() {
        if (!state.compareAndSet(State.NEW, State.RUNNING)) {
            throw new IllegalStateException("Consumer " + spec.durable() + " was already started");
        }
        connection.addConnectionListener(reconnected);
        try {
            verifiedAtReconnect = reconnects.get();
            subscription = subscribe();
        } catch (IOException | JetStreamApiException failure) {
            connection.removeConnectionListener(reconnected);
            state.set(State.CLOSED);
            throw new IllegalStateException("Cannot create or update JetStream consumer " + spec.durable()
                    + " on stream " + spec.stream() + ": " + failure.getMessage(), failure);
        }
        advisories.start();
        puller = Thread.ofVirtual().name(spec.durable() + "-puller").start(this::pull);
        LOG.info("Consuming {} from stream {} as {} with at most {} messages in flight", spec.filterSubject(),
                spec.stream(), spec.durable(), maxInFlight);
    }

    /** Stops pulling and waits, up to the shutdown deadline, for the handlers still running. */
    @Override
    public synchronized void close() {
        State previous = state.getAndSet(State.CLOSED);
        if (previous != State.RUNNING) {
            return;
        }
        long deadline = System.nanoTime() + settings.shutdownDeadline().toNanos();
        try {
            if (!puller.join(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                LOG.warn("Consumer {} reached the shutdown deadline while still pulling, with {} message(s) in "
                        + "flight; JetStream redelivers unacked ones after the ack wait", spec.durable(),
                        inFlight.get());
            } else if (slots.tryAcquire(maxInFlight, Math.max(0, deadline - System.nanoTime()),
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
            connection.removeConnectionListener(reconnected);
            advisories.close();
        }
    }

    /** Creates or updates the durable consumer, then binds a pull subscription to it. */
    private JetStreamSubscription subscribe() throws IOException, JetStreamApiException {
        connection.jetStreamManagement().addOrUpdateConsumer(spec.stream(), spec.configuration());
        return connection.jetStream().subscribe(spec.filterSubject(),
                PullSubscribeOptions.fastBind(spec.stream(), spec.durable()));
    }

    private void pull() {
        int failures = 0;
        while (state.get() == State.RUNNING) {
            int granted;
            try {
                granted = acquireSlots();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            if (granted == 0) {
                break;
            }
            int dispatched = 0;
            try {
                JetStreamSubscription pulling = currentSubscription();
                long expires = ThreadLocalRandom.current().nextLong(SHORTEST_PULL_MILLIS, LONGEST_PULL_MILLIS + 1);
                pulling.pull(PullRequestOptions.builder(granted).expiresIn(expires).build());
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(expires);
                Message message;
                while (dispatched < granted && (message = nextMessage(pulling, until)) != null) {
                    dispatched++;
                    dispatch(message);
                }
                failures = 0;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception failure) {
                if (connection.getStatus() == Connection.Status.CLOSED) {
                    LOG.info("Consumer {} stops: the NATS connection is closed", spec.durable());
                    return;
                }
                failures++;
                dropSubscription();
                LOG.warn("Consumer {} could not pull (attempt {}): {}", spec.durable(), failures,
                        failure.toString());
                if (!pause(failures)) {
                    break;
                }
            } finally {
                slots.release(granted - dispatched);
            }
        }
        handBackUnhandled();
    }

    /** The next message of this pull, or null once its time is up; a late one stays queued for the next pull. */
    private static Message nextMessage(JetStreamSubscription pulling, long untilNanos) throws InterruptedException {
        long left = untilNanos - System.nanoTime();
        // jnats reads a zero timeout as "wait for ever".
        return left < TimeUnit.MILLISECONDS.toNanos(1) ? null : pulling.nextMessage(Duration.ofNanos(left));
    }

    /**
     * On closing: waits out a pull the server may still answer, then naks whatever arrived unhandled so
     * another replica takes it at once instead of after the ack wait.
     */
    private void handBackUnhandled() {
        if (subscription == null) {
            return;
        }
        try {
            long until = System.nanoTime() + LATE_PULL_GRACE.toNanos();
            for (Message message; (message = nextMessage(subscription, until)) != null; ) {
                message.nak();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException closed) {
            LOG.debug("Consumer {} could not hand back unhandled messages: {}", spec.durable(), closed.toString());
        }
        dropSubscription();
    }

    /**
     * The subscription to pull on: made again, with the consumer created or verified, after a failed pull
     * or a reconnect, since a server that came back with a fresh store no longer knows the consumer. Only
     * the puller calls this.
     */
    private JetStreamSubscription currentSubscription() throws IOException, JetStreamApiException {
        long reconnect = reconnects.get();
        if (subscription != null && reconnect == verifiedAtReconnect) {
            return subscription;
        }
        String after = reconnect != verifiedAtReconnect ? "a reconnect" : "a failed pull";
        dropSubscription();
        subscription = subscribe();
        verifiedAtReconnect = reconnect;
        LOG.info("Consumer {} on stream {} created or verified again after {}", spec.durable(), spec.stream(), after);
        return subscription;
    }

    /** Unsubscribes; messages still queued in it are redelivered by JetStream after the ack wait. */
    private void dropSubscription() {
        if (subscription == null) {
            return;
        }
        try {
            subscription.unsubscribe();
        } catch (RuntimeException alreadyGone) {
            LOG.debug("Consumer {}: subscription already gone: {}", spec.durable(), alreadyGone.toString());
        }
        subscription = null;
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
        long millis = Math.min(MAX_PULL_PAUSE.toMillis(), 100L << Math.min(failures, 6));
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
        if (message.metaData().deliveredCount() > 1) {
            observer.redelivered(spec.stream());
        }
        Thread.ofVirtual().name(spec.durable() + "-handler").start(() -> {
            try {
                Settlement settlement;
                try (var _ = InProgressHeartbeats.start(message.getSubject() + " #"
                        + message.metaData().streamSequence(), message::inProgress, spec.heartbeatPeriod(),
                        spec.handlingLimit())) {
                    settlement = decide(message);
                }
                settle(message, settlement);
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
            case Settlement.Poison(String reason) -> deadLetter(message, reason, DeadLetterCause.POISON);
            case Settlement.GiveUp(String why) -> {
                LOG.error("{} #{} dropped after delivery {}: {}", message.getSubject(), sequence, delivered, why);
                message.term();
                observer.dropped(spec.stream(), DropCause.GAVE_UP);
            }
            case Settlement.Retry(String why, var _) when delivered >= spec.maxDeliver() ->
                    deadLetter(message, "failed all " + spec.maxDeliver() + " deliveries: " + why,
                            DeadLetterCause.RETRIES_EXHAUSTED);
            case Settlement.Retry(String why, Optional<Duration> notBefore) -> {
                Duration delay = retryDelay(delivered, notBefore);
                LOG.warn("{} #{} failed delivery {} of {}, retrying in {} ms: {}", message.getSubject(), sequence,
                        delivered, spec.maxDeliver(), delay.toMillis(), why);
                nak(message, delay);
            }
        }
    }

    private void nak(Message message, Duration delay) {
        message.nakWithDelay(delay);
        observer.retried(spec.stream());
    }

    /** Terminates the message after storing its copy; if the copy cannot be stored, retries while deliveries last. */
    private void deadLetter(Message message, String reason, DeadLetterCause cause) {
        long delivered = message.metaData().deliveredCount();
        long sequence = message.metaData().streamSequence();
        try {
            deadLetters.publish(message, reason);
            LOG.warn("{} #{} dead-lettered: {}", message.getSubject(), sequence, reason);
            message.term();
            observer.deadLettered(spec.stream(), cause);
        } catch (IOException | JetStreamApiException | RuntimeException failure) {
            if (delivered < spec.maxDeliver()) {
                LOG.error("{} #{} could not be dead-lettered ({}); retrying. Reason: {}", message.getSubject(),
                        sequence, failure, reason);
                nak(message, backoff(delivered));
            } else {
                LOG.error("{} #{} could not be dead-lettered ({}) on its last delivery and is dropped. Reason: {}",
                        message.getSubject(), sequence, failure, reason);
                message.term();
                observer.dropped(spec.stream(), DropCause.DEAD_LETTER_FAILED);
            }
        }
    }

    /** The back-off, or longer when the handler named a time before which retrying is pointless. */
    static Duration retryDelay(long delivered, Optional<Duration> notBefore) {
        Duration backoff = backoff(delivered);
        return notBefore.filter(wait -> wait.compareTo(backoff) > 0).orElse(backoff);
    }

    /** 1 s, 2 s, 4 s … after the first, second, third delivery, at most a minute. */
    static Duration backoff(long delivered) {
        long doublings = Math.clamp(delivered - 1, 0, 6);
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << doublings);
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }
}

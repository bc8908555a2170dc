package dev.tiergate.adapter.in.nats;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps JetStream from redelivering a message whose handler is still at work: a beat (an
 * in-progress acknowledgement) at a fixed period until the handler ends, or until the handling
 * limit passes; a handler that hangs then lets the message be redelivered, so max deliveries
 * still bounds it. One scheduler, on one virtual thread, serves every consumer of the process.
 */
final class InProgressHeartbeats {

    private static final Logger LOG = LoggerFactory.getLogger(InProgressHeartbeats.class);
    private static final ScheduledThreadPoolExecutor SCHEDULER = new ScheduledThreadPoolExecutor(1,
            Thread.ofVirtual().name("nats-in-progress").factory());

    static {
        // Most handlers end before their first beat: drop their cancelled beats at once instead of at their due time.
        SCHEDULER.setRemoveOnCancelPolicy(true);
    }

    private InProgressHeartbeats() {
    }

    /** Beats every {@code period}, first after one period, while less than {@code limit} has passed. */
    static Heartbeat start(String what, Runnable beat, Duration period, Duration limit) {
        Heartbeat heartbeat = new Heartbeat(what, beat, System.nanoTime() + limit.toNanos(), limit);
        heartbeat.schedule(period);
        return heartbeat;
    }

    /** The beats of one message; once {@link #close()} returns, no further beat is sent. */
    static final class Heartbeat implements AutoCloseable {

        private final String what;
        private final Runnable beat;
        private final long stopAtNanos;
        private final Duration limit;
        /** Beats and closing take turns, so a beat never follows the message's ack. */
        private final ReentrantLock lock = new ReentrantLock();
        private boolean stopped;
        private ScheduledFuture<?> beats;

        private Heartbeat(String what, Runnable beat, long stopAtNanos, Duration limit) {
            this.what = what;
            this.beat = beat;
            this.stopAtNanos = stopAtNanos;
            this.limit = limit;
        }

        private void schedule(Duration period) {
            lock.lock();
            try {
                beats = SCHEDULER.scheduleAtFixedRate(this::tick, period.toNanos(), period.toNanos(),
                        TimeUnit.NANOSECONDS);
            } finally {
                lock.unlock();
            }
        }

        private void tick() {
            lock.lock();
            try {
                if (stopped) {
                    return;
                }
                if (System.nanoTime() - stopAtNanos >= 0) {
                    LOG.warn("{} is still being handled after {}: no more in-progress heartbeats, so JetStream "
                            + "redelivers it after the ack wait", what, limit);
                    stop();
                    return;
                }
                beat.run();
            } catch (RuntimeException failure) {
                // The connection is reconnecting or closed; the next beat may get through.
                LOG.debug("In-progress heartbeat for {} not sent: {}", what, failure.toString());
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void close() {
            lock.lock();
            try {
                stop();
            } finally {
                lock.unlock();
            }
        }

        private void stop() {
            stopped = true;
            beats.cancel(false);
        }
    }
}

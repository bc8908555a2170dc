package dev.tiergate.perf.endtoend;

import io.nats.client.JetStream;
import io.nats.client.impl.Headers;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes a schedule to JetStream as the gateway does (the event id as {@code Nats-Msg-Id}), each
 * message at its due time without waiting for earlier acknowledgements: the same publisher for
 * Tiergate's load and for the bare JetStream peer.
 */
final class OpenLoopPublisher {

    /** What message {@code n} is, built at its due time from the wall-clock milliseconds it was due at. */
    @FunctionalInterface
    interface Message {

        Outgoing due(int n, long dueEpochMillis);
    }

    /** One publish: subject, de-duplication id, headers beyond it, body. */
    record Outgoing(String subject, String messageId, Headers headers, byte[] body) {
    }

    /** How a publishing run went: when its schedule started (nanoTime) and how many publishes failed. */
    record Published(long start, long lastDue, int failed) {
    }

    private static final Duration ACKNOWLEDGED_WITHIN = Duration.ofSeconds(30);

    private OpenLoopPublisher() {
    }

    /**
     * Publishes every message of the schedule, starting now, and waits up to 30 s for the last
     * acknowledgements. Acknowledgements are counted, not kept: a run's worth of pending futures grew the
     * driver's live heap from 46 to 98 MB through P1's load and its young collections to 1.5–11 ms (0.3–3.7 ms
     * at 12 MB without them), pauses that delay publishes and the fake Discord's callbacks alike.
     */
    static Published publish(JetStream jetStream, OpenLoopSchedule schedule, Message message)
            throws InterruptedException {
        long start = System.nanoTime();
        long startEpochMillis = System.currentTimeMillis();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger unacknowledged = new AtomicInteger();
        for (int n = 0; n < schedule.count(); n++) {
            long due = start + schedule.dueAfter(n);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            Outgoing outgoing = message.due(n, startEpochMillis + TimeUnit.NANOSECONDS.toMillis(schedule.dueAfter(n)));
            Headers headers = outgoing.headers().add("Nats-Msg-Id", outgoing.messageId());
            unacknowledged.incrementAndGet();
            try {
                jetStream.publishAsync(outgoing.subject(), headers, outgoing.body()).whenComplete((ack, failure) -> {
                    if (failure != null) {
                        failed.incrementAndGet();
                    }
                    unacknowledged.decrementAndGet();
                });
            } catch (RuntimeException refused) {
                failed.incrementAndGet();
                unacknowledged.decrementAndGet();
            }
        }
        long lastDue = start + schedule.dueAfter(schedule.count() - 1);
        long deadline = System.nanoTime() + ACKNOWLEDGED_WITHIN.toNanos();
        while (unacknowledged.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return new Published(start, lastDue, failed.get() + unacknowledged.get());
    }
}

package dev.tiergate.perf.endtoend;

import io.nats.client.JetStream;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    private OpenLoopPublisher() {
    }

    /** Publishes every message of the schedule, starting now, and waits up to 30 s for the last acknowledgements. */
    static Published publish(JetStream jetStream, OpenLoopSchedule schedule, Message message)
            throws InterruptedException {
        long start = System.nanoTime();
        long startEpochMillis = System.currentTimeMillis();
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<PublishAck>> pending = new ArrayList<>(schedule.count());
        for (int n = 0; n < schedule.count(); n++) {
            long due = start + schedule.dueAfter(n);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            Outgoing outgoing = message.due(n, startEpochMillis + TimeUnit.NANOSECONDS.toMillis(schedule.dueAfter(n)));
            Headers headers = outgoing.headers().add("Nats-Msg-Id", outgoing.messageId());
            try {
                pending.add(jetStream.publishAsync(outgoing.subject(), headers, outgoing.body()));
            } catch (RuntimeException refused) {
                failed.incrementAndGet();
            }
        }
        long lastDue = start + schedule.dueAfter(schedule.count() - 1);
        CompletableFuture<Void> all = CompletableFuture.allOf(pending.stream()
                .map(ack -> ack.exceptionally(failure -> {
                    failed.incrementAndGet();
                    return null;
                })).toArray(CompletableFuture[]::new));
        try {
            all.get(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException unfinished) {
            failed.addAndGet((int) pending.stream().filter(ack -> !ack.isDone()).count());
        }
        return new Published(start, lastDue, failed.get());
    }
}

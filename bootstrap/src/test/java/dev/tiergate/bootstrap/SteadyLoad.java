package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * A gateway under steady traffic: message n is created (and so timestamped) at its turn, {@code perSecond}
 * a second, and published on a thread of its own until JetStream acknowledges it, so an outage holds up
 * no later message. Only acknowledged messages count as sent.
 */
final class SteadyLoad implements AutoCloseable {

    /** One message and the subject it goes to. */
    record Outgoing(String subject, GatewayMessage message) {
    }

    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);

    private final List<Outgoing> created = new CopyOnWriteArrayList<>();
    private final List<Outgoing> acknowledged = new CopyOnWriteArrayList<>();
    private final ExecutorService publishes = Executors.newVirtualThreadPerTaskExecutor();
    private final Thread pacer;

    private SteadyLoad(GatewayPublisher publisher, int count, int perSecond, IntFunction<Outgoing> next) {
        long start = System.nanoTime();
        long every = TimeUnit.SECONDS.toNanos(1) / perSecond;
        pacer = Thread.ofVirtual().name("steady-load").start(() -> {
            for (int n = 0; n < count; n++) {
                long due = start + n * every;
                try {
                    Thread.sleep(Duration.ofNanos(Math.max(0, due - System.nanoTime())));
                } catch (InterruptedException stopped) {
                    return;
                }
                Outgoing outgoing = next.apply(n);
                created.add(outgoing);
                publishes.submit(() -> {
                    if (publisher.publishUntilAcknowledged(outgoing.subject(), outgoing.message(), GIVE_UP_AFTER)) {
                        acknowledged.add(outgoing);
                    }
                    return null;
                });
            }
        });
    }

    static SteadyLoad start(GatewayPublisher publisher, int count, int perSecond, IntFunction<Outgoing> next) {
        return new SteadyLoad(publisher, count, perSecond, next);
    }

    /** How many messages were created so far (acknowledged or not). */
    int createdSoFar() {
        return created.size();
    }

    /** Waits until every message was created and its publishing ended, acknowledged or given up. */
    void awaitPublished() throws InterruptedException {
        pacer.join();
        publishes.shutdown();
        assertThat(publishes.awaitTermination(GIVE_UP_AFTER.toSeconds() + 10, TimeUnit.SECONDS))
                .as("every publish ended").isTrue();
    }

    List<Outgoing> created() {
        return List.copyOf(created);
    }

    /** The messages JetStream acknowledged: what the gateway counts as sent. */
    List<Outgoing> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** The acknowledged messages that are interactions. */
    List<GatewayMessage> acknowledgedInteractions() {
        return acknowledged.stream().map(Outgoing::message).filter(m -> m.interactionId() != null).toList();
    }

    @Override
    public void close() {
        pacer.interrupt();
        publishes.shutdownNow();
    }
}

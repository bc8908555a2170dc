package dev.tiergate.adapter.in.nats;

import static dev.tiergate.adapter.in.nats.JetStreamFixture.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Heartbeats go on while the handler works, stop when it ends, and stop by themselves at the handling limit. */
class InProgressHeartbeatsTest {

    private static final Duration PERIOD = Duration.ofMillis(10);

    private final AtomicInteger beats = new AtomicInteger();

    @Test
    void beatsUntilClosedAndNeverAfterwards() throws Exception {
        InProgressHeartbeats.Heartbeat heartbeat = InProgressHeartbeats.start("test #1", beats::incrementAndGet,
                PERIOD, Duration.ofMinutes(1));

        awaitTrue("three beats", () -> beats.get() >= 3);
        heartbeat.close();
        int afterClose = beats.get();
        Thread.sleep(PERIOD.multipliedBy(10));

        assertThat(beats.get()).isEqualTo(afterClose);
    }

    @Test
    void stopsByItselfOnceTheHandlingLimitHasPassed() throws Exception {
        try (var _ = InProgressHeartbeats.start("test #2", beats::incrementAndGet, PERIOD, PERIOD.multipliedBy(5))) {
            awaitTrue("a first beat", () -> beats.get() >= 1);
            Thread.sleep(PERIOD.multipliedBy(20));

            assertThat(beats.get()).isBetween(1, 5);
        }
    }

    @Test
    void aFailingBeatDoesNotStopTheNextOnes() throws Exception {
        try (var _ = InProgressHeartbeats.start("test #3", () -> {
            beats.incrementAndGet();
            throw new IllegalStateException("Connection is Reconnecting");
        }, PERIOD, Duration.ofMinutes(1))) {
            awaitTrue("beats after a failed one", () -> beats.get() >= 3);
        }
    }
}

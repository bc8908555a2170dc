package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what the service does asynchronously (events consumed from NATS), failing after 20 s. */
final class Eventually {

    private Eventually() {
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}

package dev.tiergate.adapter.in.nats;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Handlers that take their time: hung ones wait until the test releases them (20 s at most), slow
 * ones sleep. Both keep the interrupt a closing loop sends, so the loop still sees it.
 */
final class HandlerStalls {

    private final CountDownLatch release = new CountDownLatch(1);

    /** Blocks the calling handler until {@link #releaseAll()}. */
    void hangUntilReleased() {
        try {
            release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets every hung handler go, so closing the loop does not wait for them. */
    void releaseAll() {
        release.countDown();
    }

    /** Work that takes {@code duration}. */
    static void workFor(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

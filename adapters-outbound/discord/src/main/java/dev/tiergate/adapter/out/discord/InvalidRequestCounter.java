package dev.tiergate.adapter.out.discord;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Counts the invalid requests Discord holds against this IP (401, 403, and 429s other than shared-scope
 * ones) over a sliding ten minutes, in one-second slots, so memory stays fixed however many there are.
 */
final class InvalidRequestCounter {

    static final int WINDOW_SECONDS = 600;
    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

    private final LongSupplier ticker;
    private final long origin;
    private final ReentrantLock lock = new ReentrantLock();
    private final long[] slotSecond = new long[WINDOW_SECONDS];
    private final int[] slotCount = new int[WINDOW_SECONDS];

    InvalidRequestCounter(LongSupplier ticker) {
        this.ticker = ticker;
        this.origin = ticker.getAsLong();
        Arrays.fill(slotSecond, -WINDOW_SECONDS);
    }

    void record() {
        long second = second();
        int slot = (int) (second % WINDOW_SECONDS);
        lock.lock();
        try {
            if (slotSecond[slot] != second) {
                slotSecond[slot] = second;
                slotCount[slot] = 0;
            }
            slotCount[slot]++;
        } finally {
            lock.unlock();
        }
    }

    /** Invalid requests in the last ten minutes. */
    int count() {
        long second = second();
        lock.lock();
        try {
            int count = 0;
            for (int slot = 0; slot < WINDOW_SECONDS; slot++) {
                if (second - slotSecond[slot] < WINDOW_SECONDS) {
                    count += slotCount[slot];
                }
            }
            return count;
        } finally {
            lock.unlock();
        }
    }

    private long second() {
        return (ticker.getAsLong() - origin) / NANOS_PER_SECOND;
    }
}

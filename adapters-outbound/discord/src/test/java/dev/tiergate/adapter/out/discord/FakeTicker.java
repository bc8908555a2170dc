package dev.tiergate.adapter.out.discord;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A nanosecond clock that moves only when a test moves it. */
final class FakeTicker implements LongSupplier {

    private long now = 1_000_000_000_000L;

    @Override
    public long getAsLong() {
        return now;
    }

    void advance(Duration by) {
        now += by.toNanos();
    }
}

package dev.tiergate.perf.endtoend;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * When each message of an open-loop load is due: message n at {@code n / perSecond} seconds after the
 * start, whatever happened to the ones before, so a stall shows up as latency instead of as fewer
 * messages (no coordinated omission). The first {@code warmUp} of messages are not counted.
 */
record OpenLoopSchedule(int perSecond, Duration warmUp, Duration measured) {

    /** Every message, warm-up included. */
    int count() {
        return warmUpCount() + (int) (measured.toMillis() * perSecond / 1000);
    }

    /** The messages sent before the counted ones. */
    int warmUpCount() {
        return (int) (warmUp.toMillis() * perSecond / 1000);
    }

    /** Nanoseconds after the start at which message {@code n} is due. */
    long dueAfter(int n) {
        return n * TimeUnit.SECONDS.toNanos(1) / perSecond;
    }

    /** "1,000 msg/s for 60 s (+10 s warm-up)". */
    String text() {
        return String.format(Locale.ROOT, "%,d msg/s for %d s (+%d s warm-up)", perSecond,
                measured.toSeconds(), warmUp.toSeconds());
    }
}

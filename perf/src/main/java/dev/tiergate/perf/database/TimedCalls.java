package dev.tiergate.perf.database;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;

/** Calls one request again and again on one thread, as pgbench -c 1 does, and records each call's latency. */
final class TimedCalls {

    private TimedCalls() {
    }

    /** Latencies in microseconds of the calls made during {@code measured}, after {@code warmUp} of unrecorded calls. */
    static Histogram run(Duration warmUp, Duration measured, Callable<?> call) throws Exception {
        repeat(warmUp, call, null);
        Histogram latencies = new Histogram(3);
        repeat(measured, call, latencies);
        return latencies;
    }

    private static void repeat(Duration duration, Callable<?> call, Histogram latencies) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        long now = System.nanoTime();
        while (now < end) {
            call.call();
            long done = System.nanoTime();
            if (latencies != null) {
                latencies.recordValue(Math.max(1, (done - now) / 1_000));
            }
            now = done;
        }
    }

    static double p99Millis(Histogram microseconds) {
        return microseconds.getValueAtPercentile(99) / 1000.0;
    }
}

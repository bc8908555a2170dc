package dev.tiergate.perf.endtoend;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * When each message of a schedule arrived at the far end (System.nanoTime, the driver's clock), the first
 * arrival only; a second arrival of the same message counts as a duplicate.
 */
final class ArrivalLedger {

    private static final long HIGHEST_NANOS = TimeUnit.MINUTES.toNanos(5);
    private static final long LATE_NANOS = Duration.ofMillis(2500).toNanos();

    private final OpenLoopSchedule schedule;
    private final AtomicLongArray arrivals;
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger arrived = new AtomicInteger();

    ArrivalLedger(OpenLoopSchedule schedule) {
        this.schedule = schedule;
        this.arrivals = new AtomicLongArray(schedule.count());
    }

    /** Notes that message {@code n} arrived at {@code nanoTime}; numbers outside the schedule are ignored. */
    void arrived(int n, long nanoTime) {
        if (n < 0 || n >= arrivals.length()) {
            return;
        }
        if (arrivals.compareAndSet(n, 0, nanoTime)) {
            arrived.incrementAndGet();
        } else {
            duplicates.incrementAndGet();
        }
    }

    /** Waits until every message arrived, or {@code grace} after {@code lastDue} (nanoTime) passed. */
    void awaitAll(long lastDue, Duration grace) {
        long deadline = lastDue + grace.toNanos();
        while (arrived.get() < arrivals.length() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    /**
     * The counted messages' latencies (arrival − due, for a schedule started at {@code start}), and what
     * never arrived. A lost message enters the latencies at {@code waited}, the least it would have taken,
     * so a load that loses more than 1 % cannot show a good p99.
     */
    LatencySummary summary(long start, Duration waited) {
        Histogram latencies = new Histogram(HIGHEST_NANOS, 3);
        Histogram[] bySecond = new Histogram[(int) schedule.measured().toSeconds()];
        int lost = 0;
        int late = 0;
        for (int n = schedule.warmUpCount(); n < arrivals.length(); n++) {
            long at = arrivals.get(n);
            if (at == 0) {
                lost++;
                latencies.recordValue(Math.min(waited.toNanos(), HIGHEST_NANOS));
                continue;
            }
            long latency = Math.max(0, at - (start + schedule.dueAfter(n)));
            latencies.recordValue(Math.min(latency, HIGHEST_NANOS));
            int second = (n - schedule.warmUpCount()) / schedule.perSecond();
            if (second < bySecond.length) {
                if (bySecond[second] == null) {
                    bySecond[second] = new Histogram(HIGHEST_NANOS, 2);
                }
                bySecond[second].recordValue(Math.min(latency, HIGHEST_NANOS));
            }
            if (latency > LATE_NANOS) {
                late++;
            }
        }
        double[] p99BySecond = new double[bySecond.length];
        for (int second = 0; second < bySecond.length; second++) {
            p99BySecond[second] = bySecond[second] == null ? 0 : bySecond[second].getValueAtPercentile(99) / 1e6;
        }
        return new LatencySummary(latencies, lost, duplicates.get(), late, p99BySecond);
    }
}

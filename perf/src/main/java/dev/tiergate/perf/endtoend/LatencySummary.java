package dev.tiergate.perf.endtoend;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * One load's counted messages: their latencies (nanoseconds, due → arrival; a lost message at the time
 * waited for it), how many never arrived, arrived twice, or arrived more than 2.5 s after they were due,
 * and the p99 of each second of the load, which tells a steady tail from a few bad seconds.
 */
record LatencySummary(Histogram latencies, int lost, int duplicates, int late, double[] p99BySecond) {

    double p99Millis() {
        return millis(latencies.getValueAtPercentile(99));
    }

    /** "p50 1.2 ms, p99 4.5 ms, p99.9 9.1 ms, max 12 ms over 60,000 (lost 0, duplicates 0, > 2.5 s 0)", lost ones included. */
    String text() {
        return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms over %,d"
                + " (lost %d, duplicates %d, > 2.5 s %d)",
                millis(latencies.getValueAtPercentile(50)), p99Millis(), millis(latencies.getValueAtPercentile(99.9)),
                millis(latencies.getMaxValue()), latencies.getTotalCount(), lost, duplicates, late);
    }

    /** "p99 by second of the counted load (ms): 4.1 3.9 130.2 …", to tell a steady tail from a few bad seconds. */
    String p99BySecondText() {
        StringBuilder text = new StringBuilder("p99 by second of the counted load (ms):");
        for (double p99 : p99BySecond) {
            text.append(String.format(Locale.ROOT, " %.1f", p99));
        }
        return text.toString();
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}

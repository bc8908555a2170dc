package dev.tiergate.perf.endtoend;

import dev.tiergate.testing.ProcStat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CPU time so far, in clock ticks, of one process ({@code /proc/<pid>/stat}: user + system) and of the
 * whole machine ({@code /proc/stat}: busy and all). Two readings give what a load cost the service per
 * interaction and how busy it kept the machine: figures that vary far less between runs than a p99.
 */
record CpuTime(long processTicks, long machineBusyTicks, long machineTicks) {

    /** USER_HZ: what /proc counts in on every Linux architecture Java runs on. */
    private static final double TICKS_PER_SECOND = 100;

    static CpuTime of(long pid) {
        return new CpuTime(processTicks(pid), machine(true), machine(false));
    }

    /** "service CPU 412 µs per interaction (67 % user), machine 71 % busy" over {@code count} interactions. */
    String since(CpuTime before, long count) {
        double seconds = (processTicks - before.processTicks) / TICKS_PER_SECOND;
        long all = machineTicks - before.machineTicks;
        double busy = all == 0 ? 0 : 100.0 * (machineBusyTicks - before.machineBusyTicks) / all;
        return String.format(Locale.ROOT, "service CPU %.0f µs per interaction (%.1f s over %,d); machine %.0f %% busy",
                count == 0 ? 0 : seconds * 1e6 / count, seconds, count, busy);
    }

    private static long processTicks(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String[] fields = ProcStat.fields(stat);
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + stat, unreadable);
        }
    }

    /** Busy (or all) ticks of every core: user nice system idle iowait irq softirq steal. */
    private static long machine(boolean busyOnly) {
        String[] fields = read(Path.of("/proc/stat")).lines().findFirst().orElseThrow().trim().split("\\s+");
        long total = 0;
        for (int i = 1; i <= 8 && i < fields.length; i++) {
            boolean idle = i == 4 || i == 5;
            if (!(busyOnly && idle)) {
                total += Long.parseLong(fields[i]);
            }
        }
        return total;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + path, unreadable);
        }
    }
}

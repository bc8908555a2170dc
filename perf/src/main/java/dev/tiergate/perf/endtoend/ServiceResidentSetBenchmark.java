package dev.tiergate.perf.endtoend;

import dev.tiergate.perf.Benchmark;
import dev.tiergate.perf.PerfContext;
import dev.tiergate.perf.report.Check;
import dev.tiergate.perf.report.GoalResult;
import java.util.List;
import java.util.Locale;

/**
 * P9's first half: the service's largest resident set (VmRSS, sampled every second) under P1's load.
 * It reads the figure P1 recorded when P1 ran earlier in the same suite, and runs P1 itself otherwise.
 */
public final class ServiceResidentSetBenchmark implements Benchmark {

    private static final double LIMIT_MB = 384;

    private final EndToEndLatencyBenchmark p1;

    public ServiceResidentSetBenchmark(EndToEndLatencyBenchmark p1) {
        this.p1 = p1;
    }

    @Override
    public String id() {
        return "P9";
    }

    @Override
    public GoalResult run(PerfContext context) throws Exception {
        boolean reused = p1.lastLoad().isPresent();
        if (!reused) {
            context.say(id(), "P1 did not run in this suite: running its load to sample the service's RSS");
            p1.run(context);
        }
        TiergateBench.Loaded load = p1.lastLoad().orElseThrow();
        double megabytes = load.maxRssBytes() / (1024.0 * 1024.0);
        String sampled = String.format(Locale.ROOT, "VmRSS of the service process sampled every second through P1's warm-up"
                        + " and measured load (%d samples, %s); service JVM: %s", load.rssSamples(),
                        reused ? "P1's run in this suite" : "a P1 run of its own", String.join(" ",
                        ServiceJvm.options(context.dockerfile())));
        return new GoalResult(id(), "service RSS under P1's load",
                List.of(Check.atMost("service RSS max under P1", megabytes, LIMIT_MB, "MiB")), List.of(),
                List.of(sampled, "retained heap per cached profile: the other half of P9, measured separately"));
    }
}

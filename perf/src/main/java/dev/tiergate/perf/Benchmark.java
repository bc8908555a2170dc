package dev.tiergate.perf;

import dev.tiergate.perf.report.GoalResult;

/** One goal of docs/performance.md, measured against its peers in the same run. */
public interface Benchmark {

    /** P1…P10. */
    String id();

    /** Whether the CI smoke run (perf/run.sh --smoke) measures it too, on its shorter settings; a miss there fails CI. */
    default boolean inSmokeRun() {
        return false;
    }

    GoalResult run(PerfContext context) throws Exception;
}

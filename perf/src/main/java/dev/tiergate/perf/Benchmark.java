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

    /**
     * Whether a miss in the smoke run fails CI. A goal that CI's machine does not reach every run yet
     * (docs/performance.md says why) is still measured and printed there, but cannot block every other
     * change until it does.
     */
    default boolean gatesSmokeRun() {
        return inSmokeRun();
    }

    GoalResult run(PerfContext context) throws Exception;
}

package dev.tiergate.perf.allocation;

import dev.tiergate.perf.Benchmark;
import dev.tiergate.perf.PerfContext;
import dev.tiergate.perf.report.Check;
import dev.tiergate.perf.report.GoalResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * P10: bytes allocated per handled interaction, JMH with {@code -prof gc} ({@code gc.alloc.rate.norm})
 * over {@link InteractionAllocation} in one warmed fork: handling a {@code /position} envelope in-process
 * less building the envelope, the baseline. The figure is reported for ratcheting: a change that
 * allocates more per interaction shows here first.
 */
public final class AllocationPerInteractionBenchmark implements Benchmark {

    private static final String ID = "P10";
    private static final double LIMIT_BYTES = 16_384;
    private static final String NORMALISED_ALLOCATION = "gc.alloc.rate.norm";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public GoalResult run(PerfContext context) throws Exception {
        Files.createDirectories(context.workDirectory());
        Path log = context.workDirectory().resolve("p10-jmh.log");
        context.say(ID, "JMH -prof gc, 1 fork, 3 × 2 s warm-up, 3 × 2 s measured per method; log " + log);
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(Pattern.quote(InteractionAllocation.class.getName()) + "\\.")
                .addProfiler(GCProfiler.class)
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow")
                .shouldFailOnError(true)
                .output(log.toString())
                .build()).run();
        RunResult handled = result(results, "handleInteraction");
        RunResult baseline = result(results, "buildEnvelope");
        double handledBytes = allocatedPerOperation(handled);
        double baselineBytes = allocatedPerOperation(baseline);
        double perInteraction = handledBytes - baselineBytes;
        return new GoalResult(ID, "allocation per handled interaction (JMH -prof gc), reported for ratcheting",
                List.of(Check.atMost("bytes allocated per handled interaction", perInteraction, LIMIT_BYTES, "B")),
                List.of(),
                List.of(String.format(Locale.ROOT, "gc.alloc.rate.norm: handling %,.0f B/op (%.2f µs/op) less building "
                                + "the envelope %,.0f B/op (%.2f µs/op); reported for ratcheting", handledBytes,
                                handled.getPrimaryResult().getScore(), baselineBytes,
                                baseline.getPrimaryResult().getScore()),
                        "path: GatewayEnvelopeParser → SlashCommandRouter → AnswerInteractionService (/position over an "
                                + "in-memory ranking, limiter always allowing, progress kept nowhere, Micrometer "
                                + "metrics) → Discord reply rendered and encoded, not sent"));
    }

    private static RunResult result(Collection<RunResult> results, String method) {
        return results.stream().filter(result -> result.getParams().getBenchmark().endsWith("." + method)).findFirst()
                .orElseThrow(() -> new IllegalStateException("JMH ran no " + method));
    }

    private static double allocatedPerOperation(RunResult result) {
        Result<?> allocated = result.getSecondaryResults().get(NORMALISED_ALLOCATION);
        if (allocated == null) {
            throw new IllegalStateException("JMH reported no " + NORMALISED_ALLOCATION + ": "
                    + result.getSecondaryResults().keySet());
        }
        return allocated.getScore();
    }
}

package dev.tiergate.perf;

import dev.tiergate.perf.allocation.AllocationPerInteractionBenchmark;
import dev.tiergate.perf.consume.ConsumeCapacityBenchmark;
import dev.tiergate.perf.database.DeepPageBenchmark;
import dev.tiergate.perf.database.ProfileHeapBenchmark;
import dev.tiergate.perf.database.RankLookupBenchmark;
import dev.tiergate.perf.database.ScoreIngestionBenchmark;
import dev.tiergate.perf.discord.DiscordBacklogBenchmark;
import dev.tiergate.perf.endtoend.EndToEndLatencyBenchmark;
import dev.tiergate.perf.endtoend.ServiceResidentSetBenchmark;
import dev.tiergate.perf.ratelimit.RateLimitDecisionsBenchmark;
import dev.tiergate.perf.report.Check;
import dev.tiergate.perf.report.GoalResult;
import dev.tiergate.perf.report.Machine;
import dev.tiergate.perf.report.PerfReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the benchmarks of docs/performance.md one after the other and writes the report.
 *
 * <p>Usage: {@code PerfSuite <repository root> [--smoke] [--only P1,P5] [--out <directory>]}. A full run
 * reports missed goals and exits 0 (a benchmark, not a test), and 1 only when a goal could not be
 * measured; the smoke run (CI) exits 1 when a goal is missed even with its limits loosened twice over.
 */
public final class PerfSuite {

    private static final EndToEndLatencyBenchmark P1 = EndToEndLatencyBenchmark.p1();
    private static final List<Benchmark> ALL = List.of(P1, EndToEndLatencyBenchmark.p2(), new ConsumeCapacityBenchmark(),
            new RateLimitDecisionsBenchmark(), new RankLookupBenchmark(), new DeepPageBenchmark(),
            new ScoreIngestionBenchmark(), new DiscordBacklogBenchmark(), new ServiceResidentSetBenchmark(P1),
            new ProfileHeapBenchmark(), new AllocationPerInteractionBenchmark());

    private PerfSuite() {
    }

    public static void main(String[] args) throws Exception {
        // The JDK's HttpServer (the fake Discords) leaves Nagle's algorithm on unless told: its header and body
        // writes then wait out the client's delayed ACK, 40 ms on every answer, which real Discord never adds.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        System.exit(run(Arrays.asList(args), System.out));
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        Path root = Path.of(args.getFirst()).toAbsolutePath().normalize();
        boolean smoke = args.contains("--smoke");
        Set<String> only = option(args, "--only").map(ids -> Set.of(ids.split(","))).orElse(Set.of());
        Path directory = option(args, "--out").map(Path::of).orElse(root.resolve("perf/results"));
        PerfContext context = PerfContext.fromEnvironment(smoke, root, System.getenv(), out);
        Machine machine = Machine.current();

        List<GoalResult> results = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        boolean unmeasured = false;
        for (Benchmark benchmark : ALL) {
            if ((smoke && !benchmark.inSmokeRun()) || (!only.isEmpty() && !only.contains(benchmark.id()))) {
                continue;
            }
            context.say(benchmark.id(), "starting (load " + Machine.loadAverage() + ")");
            try {
                GoalResult result = smoke ? benchmark.run(context).loosened() : benchmark.run(context);
                results.add(result);
                if (!result.met() && smoke && !benchmark.gatesSmokeRun()) {
                    out.println("perf: " + result.id() + " missed; printed, not gating the smoke run (docs/performance.md)");
                } else if (!result.met()) {
                    failing.add(result.id());
                }
            } catch (Exception failure) {
                unmeasured = true;
                failure.printStackTrace(out);
                results.add(new GoalResult(benchmark.id(), "could not be measured",
                        List.of(Check.atLeast("measured", 0, 1, "")), List.of(), List.of(String.valueOf(failure))));
            }
        }
        String command = "bash perf/run.sh" + (smoke ? " --smoke" : "")
                + (only.isEmpty() ? "" : " --only " + only.stream().sorted().collect(Collectors.joining(",")));
        PerfReport report = new PerfReport(LocalDate.now(ZoneOffset.UTC) + (smoke ? "-smoke" : ""), command, smoke,
                machine, Machine.loadAverage(), results);
        Path json = report.write(directory);
        report.printTable(out);
        out.println("perf: wrote " + json + " and its table");
        if (unmeasured) {
            return 1;
        }
        if (smoke && !failing.isEmpty()) {
            out.println("perf: the smoke run missed " + String.join(", ", failing) + " even with limits loosened");
            return 1;
        }
        return 0;
    }

    private static Optional<String> option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
    }
}

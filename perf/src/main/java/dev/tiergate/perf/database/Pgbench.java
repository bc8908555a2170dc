package dev.tiergate.perf.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * PostgreSQL's own load tool, run on the seeded database with one client and prepared statements
 * (as the service's JDBC driver runs its statements): the peer every database goal is compared with.
 *
 * @param command the exact command line, for the report
 */
record Pgbench(List<String> command, Path output) {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private static final AtomicInteger RUNS = new AtomicInteger();

    /** Runs {@code script} for {@code duration}; with {@code log}, pgbench also writes its per-transaction log. */
    static Pgbench run(MillionMemberCommunity database, Path directory, String name, String script, Duration duration,
            boolean log) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        String run = name + "-" + RUNS.incrementAndGet();
        Path file = directory.resolve(run + ".pgbench");
        Files.writeString(file, script);
        List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared", "-c", "1",
                "-T", Long.toString(duration.toSeconds()), "-f", file.toString()));
        if (log) {
            command.addAll(List.of("--log", "--log-prefix=" + directory.resolve(run + ".log")));
        }
        command.addAll(database.clientArguments());
        Path output = directory.resolve(run + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed: " + Files.readString(output));
        }
        return new Pgbench(command, output);
    }

    /**
     * The peer of every read: one member by primary key, a random one of the seeded members each time, the
     * whole row ({@code SELECT *}, as the adapters read a member).
     */
    static Pgbench primaryKeyLookup(MillionMemberCommunity database, Path directory, String name, Duration duration)
            throws IOException, InterruptedException {
        String script = "\\set n random(1, " + database.members() + ")\n"
                + "\\set u " + MillionMemberCommunity.userIdExpression(":n") + "\n"
                + "SELECT * FROM member_profiles WHERE community_id = '" + database.community().value()
                + "' AND user_id = :u;\n";
        return run(database, directory, name, script, duration, true);
    }

    /** Transactions per second, as pgbench reports them. */
    double transactionsPerSecond() throws IOException {
        Matcher tps = TPS.matcher(Files.readString(output));
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench's output " + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    /** Each transaction's latency in microseconds, from the per-transaction log (third field). */
    Histogram latencies() throws IOException {
        Histogram latencies = new Histogram(3);
        Path directory = output.getParent();
        String name = output.getFileName().toString().replace(".out", ".log");
        try (Stream<Path> logs = Files.list(directory)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith(name)).toList()) {
                try (Stream<String> lines = Files.lines(log)) {
                    lines.forEach(line -> latencies.recordValue(Math.max(1, Long.parseLong(line.split(" ")[2]))));
                }
            }
        }
        if (latencies.getTotalCount() == 0) {
            throw new IllegalStateException("pgbench logged no transaction in " + directory);
        }
        return latencies;
    }

    String commandLine() {
        return String.join(" ", command);
    }
}

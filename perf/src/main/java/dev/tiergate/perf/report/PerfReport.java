package dev.tiergate.perf.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A whole run: written as {@code <date>.json} for tools and {@code <date>.txt}, the table people read. */
public record PerfReport(String date, String command, boolean smoke, Machine machine, String loadAfter,
        List<GoalResult> goals) {

    private static final String ROW = "%-4s %-48s %-44s %s%n";

    public PerfReport {
        goals = List.copyOf(goals);
    }

    public boolean met() {
        return goals.stream().allMatch(GoalResult::met);
    }

    /** Writes both files into {@code directory}; returns the JSON file. */
    public Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path json = directory.resolve(date + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), this);
        try (PrintStream table = new PrintStream(Files.newOutputStream(directory.resolve(date + ".txt")), true,
                StandardCharsets.UTF_8)) {
            printTable(table);
        }
        return json;
    }

    public void printTable(PrintStream out) {
        out.printf(Locale.ROOT, "Tiergate benchmarks%s, %s: %s%n", smoke ? " (smoke: limits loosened 2x)" : "", date,
                command);
        out.printf(Locale.ROOT, "machine: %d cores (%s), %,d MB, load %s before and %s after; %s; %s%n",
                machine.cores(), machine.cpu(), machine.memoryMegabytes(), machine.loadBefore(), loadAfter,
                machine.java(), machine.os());
        out.printf(ROW, "id", "goal", "measured / goal", "verdict");
        for (GoalResult goal : goals) {
            boolean first = true;
            for (Check check : goal.checks()) {
                out.printf(ROW, first ? goal.id() : "", first ? goal.title() : "", check.name() + ": " + check.text(),
                        check.met() ? "met" : "MISSED");
                first = false;
            }
            for (PeerFigure peer : goal.peers()) {
                out.printf("%-4s %-48s peer %s%n", "", "", peer.text());
            }
            for (String note : goal.notes()) {
                out.printf("%-4s %-48s note %s%n", "", "", note);
            }
        }
        out.printf(Locale.ROOT, "%d of %d goals met%n", goals.stream().filter(GoalResult::met).count(), goals.size());
    }
}

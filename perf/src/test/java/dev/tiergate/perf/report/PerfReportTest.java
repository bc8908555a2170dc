package dev.tiergate.perf.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerfReportTest {

    private static final Machine MACHINE = new Machine(2, "test cpu", 1024, "0.10 0.20 0.30", "java", "linux");

    private final GoalResult missed = new GoalResult("P1", "end-to-end p99 at 1,000 msg/s",
            List.of(Check.atMost("p99 ratio", 4, 3, "x"), Check.atMost("lost", 0, 0, "")),
            List.of(new PeerFigure("bare JetStream p99", 2, 4, "ms", "jnats publish/consume")), List.of("60 s"));
    private final GoalResult met = new GoalResult("P4", "rate-limit decisions/s",
            List.of(Check.atLeast("ratio", 0.8, 0.75, "x")), List.of(), List.of());

    @Test
    void aRunMeetsItsGoalsOnlyWhenEveryCheckIsMet() {
        assertThat(report(List.of(met)).met()).isTrue();
        assertThat(report(List.of(met, missed)).met()).isFalse();
        assertThat(report(List.of(met, missed.loosened())).met()).isTrue();
    }

    @Test
    void writesTheFiguresAsJsonAndATable(@TempDir Path directory) throws IOException {
        Path json = report(List.of(missed, met)).write(directory);

        JsonNode written = new ObjectMapper().readTree(json.toFile());
        assertThat(json.getFileName()).hasToString("2026-11-22.json");
        assertThat(written.at("/machine/cores").asInt()).isEqualTo(2);
        assertThat(written.at("/goals/0/checks/0/measured").asDouble()).isEqualTo(4.0);
        assertThat(written.at("/goals/0/peers/0/after").asDouble()).isEqualTo(4.0);
        String table = Files.readString(directory.resolve("2026-11-22.txt"));
        assertThat(table).contains("P1", "p99 ratio: 4 / ≤ 3 x", "MISSED", "bare JetStream p99: 3 ms (before 2, after 4)",
                "1 of 2 goals met");
    }

    @Test
    void printsTheSameTableItWrites() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        report(List.of(met)).printTable(new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("load 0.10 0.20 0.30 before", "ratio: 0.800 / ≥ 0.750 x",
                "1 of 1 goals met");
    }

    private static PerfReport report(List<GoalResult> goals) {
        return new PerfReport("2026-11-22", "bash perf/run.sh", false, MACHINE, "0.4 0.5 0.6", goals);
    }
}

package dev.tiergate.perf.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArrivalLedgerTest {

    /** 10 a second: 1 s of warm-up (messages 0..9), then 1 s counted (messages 10..19). */
    private final OpenLoopSchedule schedule = new OpenLoopSchedule(10, Duration.ofSeconds(1), Duration.ofSeconds(1));

    @Test
    void latencyRunsFromWhenAMessageWasDueNotWhenItWasSent() {
        ArrivalLedger ledger = new ArrivalLedger(schedule);
        long start = 1_000_000_000L;
        for (int n = 0; n < schedule.count(); n++) {
            ledger.arrived(n, start + schedule.dueAfter(n) + millis(n < 15 ? 2 : 3_000));
        }

        LatencySummary summary = ledger.summary(start, Duration.ofSeconds(10));

        assertThat(summary.latencies().getTotalCount()).as("the warm-up is not counted").isEqualTo(10);
        assertThat(summary.latencies().getValueAtPercentile(50)).isBetween(millis(1), millis(3));
        assertThat(summary.late()).as("arrived more than 2.5 s after due").isEqualTo(5);
        assertThat(summary.lost()).isZero();
    }

    @Test
    void aSecondArrivalIsADuplicateAndAMissingOneIsLostAtTheTimeWaited() {
        ArrivalLedger ledger = new ArrivalLedger(schedule);
        for (int n = 0; n < schedule.count() - 1; n++) {
            ledger.arrived(n, schedule.dueAfter(n) + millis(1));
        }
        ledger.arrived(12, schedule.dueAfter(12) + millis(5));
        ledger.arrived(4_000_000, millis(1));

        LatencySummary summary = ledger.summary(0, Duration.ofSeconds(10));

        assertThat(summary.duplicates()).isOne();
        assertThat(summary.lost()).isOne();
        assertThat(summary.latencies().getMaxValue()).as("the lost one, at the wait").isGreaterThanOrEqualTo(millis(9_990));
    }

    private static long millis(long millis) {
        return Duration.ofMillis(millis).toNanos();
    }
}

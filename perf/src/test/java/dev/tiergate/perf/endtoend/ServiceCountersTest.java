package dev.tiergate.perf.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceCountersTest {

    @Test
    void tellsWhatHappenedBetweenTwoScrapesOfEveryCollectorAndOutcome() {
        ServiceCounters before = ServiceCounters.parse(scrape(10, 2, 0.5, 4, 0.010, 1, 0.002));
        ServiceCounters after = ServiceCounters.parse(scrape(1_010, 5, 2.5, 9, 0.030, 2, 0.012));

        assertThat(after.since(before)).isEqualTo("the service's own counts for /position: answered 1,000, expired 3,"
                + " handling (taken → answered or given up) mean 2.0 ms; 6 GC pauses, 30 ms in all");
    }

    private static String scrape(int answered, int expired, double handlingSeconds, int youngPauses, double youngSeconds,
            int concurrentPauses, double concurrentSeconds) {
        return String.join("\n",
                "# HELP tiergate_interactions_total Interactions by outcome",
                "tiergate_interactions_total{command=\"position\",outcome=\"answered\"} " + answered,
                "tiergate_interactions_total{command=\"position\",outcome=\"expired\"} " + expired,
                "tiergate_interactions_total{command=\"profile\",outcome=\"answered\"} 77",
                "tiergate_interaction_duration_seconds_count{command=\"position\"} " + (answered + expired),
                "tiergate_interaction_duration_seconds_sum{command=\"position\"} " + handlingSeconds,
                "jvm_gc_pause_seconds_count{action=\"end of minor GC\",cause=\"G1 Evacuation Pause\",gc=\"G1 Young Generation\"} "
                        + youngPauses,
                "jvm_gc_pause_seconds_sum{action=\"end of minor GC\",cause=\"G1 Evacuation Pause\",gc=\"G1 Young Generation\"} "
                        + youngSeconds,
                "jvm_gc_pause_seconds_count{action=\"end of GC pause\",cause=\"G1 Remark\",gc=\"G1 Concurrent GC\"} "
                        + concurrentPauses,
                "jvm_gc_pause_seconds_sum{action=\"end of GC pause\",cause=\"G1 Remark\",gc=\"G1 Concurrent GC\"} "
                        + concurrentSeconds);
    }
}

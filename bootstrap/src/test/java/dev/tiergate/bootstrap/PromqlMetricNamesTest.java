package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromqlMetricNamesTest {

    @Test
    void findsTheSeriesBehindFunctionsAggregationsAndBinaryOperators() {
        assertThat(PromqlMetricNames.in("histogram_quantile(0.99, sum by (le, command) "
                + "(rate(tiergate_interaction_age_seconds_bucket{outcome=\"answered\"}[5m]))) > 2"))
                .containsExactly("tiergate_interaction_age_seconds_bucket");
        assertThat(PromqlMetricNames.in("sum(jvm_memory_used_bytes{area=\"heap\"}) / on (instance) "
                + "group_left sum(jvm_memory_max_bytes{area=\"heap\"} offset 5m) > 0.9 and 1e3 < bool up"))
                .containsExactly("jvm_memory_max_bytes", "jvm_memory_used_bytes", "up");
    }

    @Test
    void ignoresLabelNamesAndValuesThatLookLikeMetrics() {
        assertThat(PromqlMetricNames.in("count without (instance) (x_total{job=~\"y_total|z\", le!='w_total'})"))
                .containsExactly("x_total");
    }
}

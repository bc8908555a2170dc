package dev.tiergate.perf.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckTest {

    @Test
    void aCeilingIsMetAtOrBelowItsLimit() {
        assertThat(Check.atMost("p99 ratio", 3.0, 3, "x").met()).isTrue();
        assertThat(Check.atMost("p99 ratio", 3.01, 3, "x").met()).isFalse();
    }

    @Test
    void aFloorIsMetAtOrAboveItsLimit() {
        assertThat(Check.atLeast("throughput ratio", 0.75, 0.75, "x").met()).isTrue();
        assertThat(Check.atLeast("throughput ratio", 0.74, 0.75, "x").met()).isFalse();
    }

    @Test
    void theSmokeRunDoublesCeilingsAndHalvesFloors() {
        assertThat(Check.atMost("p99 ratio", 5, 3, "x").loosened().met()).isTrue();
        assertThat(Check.atMost("p99 ratio", 7, 3, "x").loosened().met()).isFalse();
        assertThat(Check.atLeast("throughput ratio", 0.4, 0.75, "x").loosened().met()).isTrue();
        assertThat(Check.atLeast("throughput ratio", 0.3, 0.75, "x").loosened().met()).isFalse();
    }

    @Test
    void aCountThatMustBeZeroStaysZeroInTheSmokeRun() {
        assertThat(Check.atMost("lost", 1, 0, "").loosened().met()).isFalse();
    }

    @Test
    void printsTheMeasuredFigureAgainstTheGoal() {
        assertThat(Check.atMost("p99 ratio", 2.3456, 3, "x").text()).isEqualTo("2.35 / ≤ 3 x");
        assertThat(Check.atLeast("rows/s", 123_456.7, 50_000, "").text()).isEqualTo("123,457 / ≥ 50,000");
    }
}

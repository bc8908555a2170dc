package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Invalid requests count for ten minutes, then drop out of the window one second at a time. */
class InvalidRequestCounterTest {

    private final FakeTicker ticker = new FakeTicker();
    private final InvalidRequestCounter counter = new InvalidRequestCounter(ticker);

    @Test
    void countsEveryInvalidRequestOfTheLastTenMinutes() {
        counter.record();
        counter.record();
        ticker.advance(Duration.ofMinutes(5));
        counter.record();

        assertThat(counter.count()).isEqualTo(3);
        ticker.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(counter.count()).as("9 min 59 s after the first two").isEqualTo(3);
    }

    @Test
    void forgetsRequestsOlderThanTenMinutes() {
        counter.record();
        ticker.advance(Duration.ofMinutes(5));
        counter.record();

        ticker.advance(Duration.ofMinutes(5));
        assertThat(counter.count()).isEqualTo(1);
        ticker.advance(Duration.ofMinutes(5));
        assertThat(counter.count()).isZero();
    }

    @Test
    void aSlotReusedAfterTenMinutesStartsFromZero() {
        counter.record();
        counter.record();
        ticker.advance(Duration.ofMinutes(10));

        counter.record();

        assertThat(counter.count()).isEqualTo(1);
    }
}

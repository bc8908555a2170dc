package dev.tiergate.adapter.in.nats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry back-off grows and stays bounded. */
class PullConsumerLoopTest {

    @Test
    void backsOffExponentiallyFromOneSecondUpToAMinute() {
        assertThat(PullConsumerLoop.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(PullConsumerLoop.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(PullConsumerLoop.backoff(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(PullConsumerLoop.backoff(7)).isEqualTo(Duration.ofSeconds(60));
        assertThat(PullConsumerLoop.backoff(1_000)).isEqualTo(Duration.ofSeconds(60));
    }
}

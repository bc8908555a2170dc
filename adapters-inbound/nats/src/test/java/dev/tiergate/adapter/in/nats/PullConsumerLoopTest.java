package dev.tiergate.adapter.in.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The retry back-off grows, stays bounded, and yields to a longer wait the handler asked for. */
class PullConsumerLoopTest {

    @Test
    void backsOffExponentiallyFromOneSecondUpToAMinute() {
        assertThat(PullConsumerLoop.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(PullConsumerLoop.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(PullConsumerLoop.backoff(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(PullConsumerLoop.backoff(7)).isEqualTo(Duration.ofSeconds(60));
        assertThat(PullConsumerLoop.backoff(1_000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void retriesAfterTheLongerOfTheBackOffAndTheWaitTheHandlerAskedFor() {
        assertThat(PullConsumerLoop.retryDelay(1, Optional.empty())).isEqualTo(Duration.ofSeconds(1));
        assertThat(PullConsumerLoop.retryDelay(1, Optional.of(Duration.ofMillis(7_500))))
                .isEqualTo(Duration.ofMillis(7_500));
        assertThat(PullConsumerLoop.retryDelay(3, Optional.of(Duration.ofMillis(300)))).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aRetryKeepsItsShortFormAndRefusesANegativeWait() {
        assertThat(new Settlement.Retry("down")).isEqualTo(new Settlement.Retry("down", Optional.empty()));
        assertThat(Settlement.Retry.notBefore("429", Duration.ofSeconds(3)).notBefore()).hasValue(Duration.ofSeconds(3));
        assertThatIllegalArgumentException().isThrownBy(() -> Settlement.Retry.notBefore("429", Duration.ofSeconds(-1)));
    }

    @Test
    void heartbeatsEveryThirdOfTheAckWaitForFiveMinutesUnlessTold() {
        PullConsumerLoop.ConsumerSpec spec = new PullConsumerLoop.ConsumerSpec("EVENTS", "d", "events.x", 8,
                Duration.ofSeconds(30));

        assertThat(spec.heartbeatPeriod()).isEqualTo(Duration.ofSeconds(10));
        assertThat(spec.handlingLimit()).isEqualTo(Duration.ofMinutes(5));
        assertThat(spec.readsCommands()).isFalse();
        assertThat(InteractionListener.CONSUMER.readsCommands()).isTrue();
    }
}

package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Places are held while a call is under way and for one second after its answer, and then free again. */
class GlobalRateLimitTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final GlobalRateLimit global = new GlobalRateLimit(2);

    @Test
    void grantsUpToTheLimitThenWaitsForAnAnswer() {
        assertThat(global.waitNanos(0)).isZero();
        global.take();
        assertThat(global.waitNanos(0)).isZero();
        global.take();

        assertThat(global.waitNanos(0)).isEqualTo(GlobalRateLimit.UNTIL_ANSWERED);
    }

    @Test
    void anAnsweredCallFreesItsPlaceJustOverOneSecondLater() {
        global.take();
        global.take();
        global.answered(100);

        assertThat(global.waitNanos(100)).isEqualTo(SECOND + 1);
        assertThat(global.waitNanos(100 + SECOND)).isEqualTo(1);
        assertThat(global.waitNanos(100 + SECOND + 1)).isZero();
    }

    @Test
    void theEarliestAnswerFreesTheFirstPlace() {
        global.take();
        global.take();
        global.answered(0);
        global.answered(SECOND / 2);

        assertThat(global.waitNanos(SECOND / 2)).isEqualTo(SECOND / 2 + 1);
        assertThat(global.waitNanos(SECOND + 1)).isZero();
        global.take();
        assertThat(global.waitNanos(SECOND + 1)).isEqualTo(SECOND / 2);
    }

    @Test
    void refusesALimitOfNothing() {
        assertThatThrownBy(() -> new GlobalRateLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.tiergate.adapter.in.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The listener settings refuse values that would make a listener unsafe or unbounded. */
class ListenerSettingsTest {

    private static final String APPLICATION_ID = "111111111111111111";

    @Test
    void defaultsToThirtyTwoInFlightAndTenSecondsToShutDown() {
        ListenerSettings settings = ListenerSettings.defaults(APPLICATION_ID);

        assertThat(settings.maxInFlight()).isEqualTo(32);
        assertThat(settings.shutdownDeadline()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.applicationId()).isEqualTo(APPLICATION_ID);
    }

    @Test
    void requiresASnowflakeApplicationId() {
        assertThatIllegalArgumentException().isThrownBy(() -> ListenerSettings.defaults(null))
                .withMessageContaining("applicationId");
        assertThatIllegalArgumentException().isThrownBy(() -> ListenerSettings.defaults("tiergate"))
                .withMessageContaining("applicationId");
    }

    @Test
    void boundsTheMessagesInFlight() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ListenerSettings(APPLICATION_ID, 0, Duration.ofSeconds(1)))
                .withMessageContaining("maxInFlight");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ListenerSettings(APPLICATION_ID, 501, Duration.ofSeconds(1)))
                .withMessageContaining("maxInFlight");
        assertThat(new ListenerSettings(APPLICATION_ID, 1, Duration.ofSeconds(1)).maxInFlight()).isEqualTo(1);
        assertThat(new ListenerSettings(APPLICATION_ID, 500, Duration.ofSeconds(1)).maxInFlight()).isEqualTo(500);
    }

    @Test
    void requiresAPositiveBoundedShutdownDeadline() {
        assertThatNullPointerException().isThrownBy(() -> new ListenerSettings(APPLICATION_ID, 1, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ListenerSettings(APPLICATION_ID, 1, Duration.ZERO))
                .withMessageContaining("shutdownDeadline");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ListenerSettings(APPLICATION_ID, 1, Duration.ofSeconds(-1)))
                .withMessageContaining("shutdownDeadline");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ListenerSettings(APPLICATION_ID, 1, Duration.ofMinutes(6)))
                .withMessageContaining("shutdownDeadline");
    }
}

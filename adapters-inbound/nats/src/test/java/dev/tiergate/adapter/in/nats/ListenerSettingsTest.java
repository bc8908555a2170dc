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
    void defaultsToThirtyTwoInFlightPerConsumerTwentySecondsToShutDownAndNoObserver() {
        ListenerSettings settings = ListenerSettings.defaults(APPLICATION_ID);

        assertThat(settings.commandsInFlight()).isEqualTo(32);
        assertThat(settings.eventsInFlight()).isEqualTo(32);
        assertThat(settings.shutdownDeadline()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.observer()).isSameAs(MessagePathObserver.NONE);
        assertThat(settings.applicationId()).isEqualTo(APPLICATION_ID);
    }

    @Test
    void commandConsumersAndEventConsumersHaveTheirOwnLimit() {
        ListenerSettings settings = new ListenerSettings(APPLICATION_ID, 32, 8, Duration.ofSeconds(20),
                MessagePathObserver.NONE);

        assertThat(settings.inFlightFor(InteractionListener.CONSUMER)).isEqualTo(32);
        assertThat(settings.inFlightFor(MemberEventListener.MEMBERS)).isEqualTo(8);
        assertThat(settings.inFlightFor(ScoreListener.CONSUMER)).isEqualTo(8);
        assertThat(new ListenerSettings(APPLICATION_ID, 5, Duration.ofSeconds(1)).inFlightFor(ActivityListener.MESSAGES))
                .isEqualTo(5);
    }

    @Test
    void withAnObserverKeepsEveryOtherSetting() {
        MessagePathObserver observer = new RecordingObserver();

        ListenerSettings settings = new ListenerSettings(APPLICATION_ID, 3, 4, Duration.ofSeconds(5),
                MessagePathObserver.NONE).withObserver(observer);

        assertThat(settings).isEqualTo(new ListenerSettings(APPLICATION_ID, 3, 4, Duration.ofSeconds(5), observer));
        assertThatNullPointerException().isThrownBy(() -> settings.withObserver(null));
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
                .withMessageContaining("commandsInFlight");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ListenerSettings(APPLICATION_ID, 501, Duration.ofSeconds(1)))
                .withMessageContaining("commandsInFlight");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ListenerSettings(APPLICATION_ID, 1, 0, Duration.ofSeconds(1),
                        MessagePathObserver.NONE))
                .withMessageContaining("eventsInFlight");
        assertThat(new ListenerSettings(APPLICATION_ID, 1, Duration.ofSeconds(1)).eventsInFlight()).isEqualTo(1);
        assertThat(new ListenerSettings(APPLICATION_ID, 500, Duration.ofSeconds(1)).commandsInFlight()).isEqualTo(500);
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

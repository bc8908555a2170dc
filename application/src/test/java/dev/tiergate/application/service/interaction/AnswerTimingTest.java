package dev.tiergate.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnswerTimingTest {

    private static final AnswerTiming DISCORD = AnswerTiming.DISCORD;

    @Test
    void aYoungInteractionWaitsUntilTheDeferralTime() {
        assertThat(DISCORD.waitBeforeDeferring(Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
        assertThat(DISCORD.waitBeforeDeferring(Duration.ofMillis(1900))).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void oneThatArrivesLaterStillGetsAQuarterSecondToBeAnsweredInOneCall() {
        assertThat(DISCORD.waitBeforeDeferring(Duration.ofMillis(2000))).isEqualTo(Duration.ofMillis(250));
        assertThat(DISCORD.waitBeforeDeferring(Duration.ofMillis(2100))).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void butNeverPastTheLastMomentADeferralReachesDiscordInTime() {
        assertThat(DISCORD.waitBeforeDeferring(Duration.ofMillis(2300))).isEqualTo(Duration.ofMillis(100));
        assertThat(DISCORD.waitBeforeDeferring(Duration.ofMillis(2400))).isZero();
        assertThat(DISCORD.waitBeforeDeferring(Duration.ofMillis(2700))).isNegative();
    }
}

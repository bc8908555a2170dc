package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.adapter.out.discord.DiscordClientTelemetry.Lane;
import dev.tiergate.adapter.out.discord.DiscordClientTelemetry.RateLimitScope;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The figures both lanes report: one invalid-request count per IP, the pause it drives, per-lane counts apart. */
class DiscordClientTelemetryTest {

    private final FakeTicker ticker = new FakeTicker();
    private final DiscordClientTelemetry telemetry = new DiscordClientTelemetry(ticker);

    @Test
    void refusalsAndNonShared429sOfEitherLaneAreInvalidRequests() {
        telemetry.countRefused();
        telemetry.countRateLimited(Lane.INTERACTION, RateLimitScope.USER);
        telemetry.countRateLimited(Lane.BOT, RateLimitScope.GLOBAL);
        telemetry.countRateLimited(Lane.BOT, RateLimitScope.SHARED);

        assertThat(telemetry.invalidRequests()).isEqualTo(3);
        assertThat(telemetry.rateLimited(Lane.INTERACTION, RateLimitScope.USER)).isEqualTo(1);
        assertThat(telemetry.rateLimited(Lane.BOT, RateLimitScope.USER)).isZero();
        assertThat(telemetry.rateLimited(Lane.BOT, RateLimitScope.SHARED)).isEqualTo(1);
    }

    @Test
    void botCallsArePausedWhileTheInvalidRequestsOfTenMinutesReachTheThreshold() {
        assertThat(telemetry.botCallsPaused()).as("no bot lane, no threshold").isFalse();
        telemetry.pauseBotCallsAt(2);
        telemetry.countRefused();
        assertThat(telemetry.botCallsPaused()).isFalse();

        telemetry.countRateLimited(Lane.INTERACTION, RateLimitScope.USER);
        assertThat(telemetry.botCallsPaused()).isTrue();
        ticker.advance(Duration.ofMinutes(10));
        assertThat(telemetry.botCallsPaused()).as("the window slid past them").isFalse();
        assertThat(telemetry.botCallsHalted()).isFalse();
    }

    @Test
    void eachLaneCountsItsOwnRequestsFailuresAndWaits() {
        telemetry.countSent(Lane.BOT);
        telemetry.countSent(Lane.BOT);
        telemetry.countSent(Lane.INTERACTION);
        telemetry.countUnanswered(Lane.INTERACTION);
        telemetry.waitStarted(Lane.BOT);
        telemetry.waitStarted(Lane.BOT);
        telemetry.waitEnded(Lane.BOT);
        telemetry.haltBotCalls();

        assertThat(telemetry.requestsSent(Lane.BOT)).isEqualTo(2);
        assertThat(telemetry.requestsSent(Lane.INTERACTION)).isEqualTo(1);
        assertThat(telemetry.unanswered(Lane.INTERACTION)).isEqualTo(1);
        assertThat(telemetry.unanswered(Lane.BOT)).isZero();
        assertThat(telemetry.waiting(Lane.BOT)).isEqualTo(1);
        assertThat(telemetry.waiting(Lane.INTERACTION)).isZero();
        assertThat(telemetry.botCallsHalted()).isTrue();
    }
}

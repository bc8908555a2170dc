package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.adapter.out.discord.DiscordClientTelemetry.AnswerStatus;
import dev.tiergate.adapter.out.discord.DiscordClientTelemetry.Lane;
import dev.tiergate.adapter.out.discord.DiscordClientTelemetry.RateLimitScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The figures both lanes report: one invalid-request count per IP, the pause it drives, per-lane counts
 * apart, answers grouped into a bounded set of status labels.
 */
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
        telemetry.countAnswered(Lane.BOT, 204);
        telemetry.countAnswered(Lane.BOT, 200);
        telemetry.countAnswered(Lane.INTERACTION, 401);
        telemetry.countUnanswered(Lane.INTERACTION);
        telemetry.waitStarted(Lane.BOT);
        telemetry.waitStarted(Lane.BOT);
        telemetry.waitEnded(Lane.BOT);
        telemetry.haltBotCalls();

        assertThat(telemetry.answered(Lane.BOT, AnswerStatus.SUCCESS)).isEqualTo(2);
        assertThat(telemetry.answered(Lane.BOT, AnswerStatus.UNAUTHORIZED)).isZero();
        assertThat(telemetry.answered(Lane.INTERACTION, AnswerStatus.UNAUTHORIZED)).isEqualTo(1);
        assertThat(telemetry.answered(Lane.INTERACTION, AnswerStatus.SUCCESS)).isZero();
        assertThat(telemetry.unanswered(Lane.INTERACTION)).isEqualTo(1);
        assertThat(telemetry.unanswered(Lane.BOT)).isZero();
        assertThat(telemetry.waiting(Lane.BOT)).isEqualTo(1);
        assertThat(telemetry.waiting(Lane.INTERACTION)).isZero();
        assertThat(telemetry.botCallsHalted()).isTrue();
    }

    @Test
    void eachAdmissionWaitGoesToTheListenerWithItsLane() {
        telemetry.admitted(Lane.BOT, 7);
        List<String> waits = new ArrayList<>();
        telemetry.reportAdmissionWaitsTo((lane, nanos) -> waits.add(lane + " " + nanos));

        telemetry.admitted(Lane.INTERACTION, 0);
        telemetry.admitted(Lane.BOT, Duration.ofMillis(250).toNanos());

        assertThat(waits).as("a wait before the listener is not kept").containsExactly("INTERACTION 0", "BOT 250000000");
    }

    @ParameterizedTest(name = "HTTP {0} → {1}")
    @CsvSource({"200, 2xx", "204, 2xx", "299, 2xx", "401, 401", "403, 403", "404, 404", "429, 429", "400, 4xx",
            "405, 4xx", "499, 4xx", "500, 5xx", "502, 5xx", "599, 5xx", "101, other", "304, other", "600, other",
            "0, other"})
    void eachAnswerIsCountedUnderOneOfTheBoundedStatusLabels(int httpStatus, String label) {
        telemetry.countAnswered(Lane.BOT, httpStatus);

        assertThat(Arrays.stream(AnswerStatus.values()).filter(status -> telemetry.answered(Lane.BOT, status) == 1))
                .extracting(AnswerStatus::label).containsExactly(label);
    }

    @Test
    void theStatusLabelsAreTheBoundedSetOperatorsQuery() {
        assertThat(AnswerStatus.values()).extracting(AnswerStatus::label)
                .containsExactly("2xx", "401", "403", "404", "429", "4xx", "5xx", "other");
    }
}

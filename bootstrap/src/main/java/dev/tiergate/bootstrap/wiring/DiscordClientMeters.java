package dev.tiergate.bootstrap.wiring;

import dev.tiergate.adapter.out.discord.DiscordClientTelemetry;
import dev.tiergate.adapter.out.discord.DiscordClientTelemetry.AnswerStatus;
import dev.tiergate.adapter.out.discord.DiscordClientTelemetry.Lane;
import dev.tiergate.adapter.out.discord.DiscordClientTelemetry.RateLimitScope;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Exports the Discord client's figures: answered requests by status, 429s and unanswered calls per
 * lane, calls waiting for a rate limit and how long each waited before it was allowed to send, the invalid requests Discord holds against this IP over ten
 * minutes, and whether bot calls are paused (near the ban threshold) or halted (the token was refused).
 * Labels are the lane, the grouped status and the 429's scope only; every series exists from the start.
 */
final class DiscordClientMeters {

    private DiscordClientMeters() {
    }

    static void register(DiscordClientTelemetry telemetry, MeterRegistry registry) {
        Map<Lane, Timer> waits = new EnumMap<>(Lane.class);
        for (Lane lane : Lane.values()) {
            String name = lane.name().toLowerCase(Locale.ROOT);
            waits.put(lane, Timer.builder("tiergate.discord.request.wait")
                    .description("From a call reaching its lane to its rate limits letting it send")
                    .tag("lane", name).publishPercentileHistogram().maximumExpectedValue(Duration.ofSeconds(60))
                    .register(registry));
            for (AnswerStatus status : AnswerStatus.values()) {
                FunctionCounter.builder("tiergate.discord.requests", telemetry, t -> t.answered(lane, status))
                        .description("Requests Discord's REST API answered, by status").tag("lane", name)
                        .tag("status", status.label()).register(registry);
            }
            FunctionCounter.builder("tiergate.discord.unanswered", telemetry, t -> t.unanswered(lane))
                    .description("Requests Discord did not answer in time (timeouts, transport failures)")
                    .tag("lane", name).register(registry);
            Gauge.builder("tiergate.discord.waiting", telemetry, t -> t.waiting(lane))
                    .description("Calls waiting for a rate limit before they may leave").tag("lane", name)
                    .register(registry);
            for (RateLimitScope scope : RateLimitScope.values()) {
                FunctionCounter.builder("tiergate.discord.rate.limited", telemetry, t -> t.rateLimited(lane, scope))
                        .description("429 answers from Discord").tag("lane", name)
                        .tag("scope", scope.name().toLowerCase(Locale.ROOT)).register(registry);
            }
        }
        Gauge.builder("tiergate.discord.invalid.requests", telemetry, DiscordClientTelemetry::invalidRequests)
                .description("401, 403 and non-shared 429 answers in the last 10 minutes (Discord bans at 10,000)")
                .register(registry);
        Gauge.builder("tiergate.discord.bot.calls.paused", telemetry, t -> t.botCallsPaused() ? 1 : 0)
                .description("1 while bot calls pause because invalid requests neared Discord's ban threshold")
                .register(registry);
        Gauge.builder("tiergate.discord.bot.calls.halted", telemetry, t -> t.botCallsHalted() ? 1 : 0)
                .description("1 once Discord refused the bot token (HTTP 401): bot calls stop until restart")
                .register(registry);
        telemetry.reportAdmissionWaitsTo((lane, nanos) -> waits.get(lane).record(nanos, TimeUnit.NANOSECONDS));
    }
}

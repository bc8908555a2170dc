package dev.tiergate.domain.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class GcraProperties {

    /** Over any window [a, b] the allowed requests never exceed burst + rate·(b − a). */
    @Property(tries = 300)
    void neverAllowsMoreThanBurstPlusRateTimesWindow(
            @ForAll @IntRange(min = 1, max = 20) int permits,
            @ForAll @IntRange(min = 1, max = 20) int burst,
            @ForAll @IntRange(min = 1, max = 60_000) int periodMillis,
            @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 5_000) Integer> gapsMillis) {
        RateLimitPolicy policy = new RateLimitPolicy("p", permits, Duration.ofMillis(periodMillis), burst, FailureMode.OPEN);
        Instant now = Instant.EPOCH;
        Optional<Instant> state = Optional.empty();
        List<Instant> allowed = new ArrayList<>();
        for (int gap : gapsMillis) {
            now = now.plusMillis(gap);
            if (Gcra.decide(policy, state, now) instanceof RateLimitDecision.Allowed ok) {
                state = Optional.of(ok.theoreticalArrival());
                allowed.add(now);
            }
        }
        double interval = policy.emissionIntervalNanos();
        for (int i = 0; i < allowed.size(); i++) {
            for (int j = i; j < allowed.size(); j++) {
                double window = Duration.between(allowed.get(i), allowed.get(j)).toNanos();
                assertThat(j - i + 1).isLessThanOrEqualTo((int) Math.floor(burst + window / interval));
            }
        }
    }

    @Property
    void aThrottledRequestIsAllowedOnceItsRetryAfterHasPassed(
            @ForAll @IntRange(min = 1, max = 10) int burst, @ForAll @IntRange(min = 1, max = 10) int permits) {
        RateLimitPolicy policy = new RateLimitPolicy("p", permits, Duration.ofSeconds(10), burst, FailureMode.OPEN);
        Instant now = Instant.EPOCH;
        Optional<Instant> state = Optional.empty();
        RateLimitDecision decision;
        while ((decision = Gcra.decide(policy, state, now)) instanceof RateLimitDecision.Allowed ok) {
            state = Optional.of(ok.theoreticalArrival());
        }
        Duration retryAfter = ((RateLimitDecision.Throttled) decision).retryAfter();
        assertThat(retryAfter).isPositive();
        assertThat(Gcra.decide(policy, state, now.plus(retryAfter))).isInstanceOf(RateLimitDecision.Allowed.class);
    }
}

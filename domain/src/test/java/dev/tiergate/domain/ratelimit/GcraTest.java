package dev.tiergate.domain.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GcraTest {

    @Test
    void memberCommandsAllowABurstOfFiveThenOneEveryTwoSeconds() {
        RateLimitPolicy policy = RateLimitPolicy.MEMBER_COMMANDS;
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Optional<Instant> state = Optional.empty();
        for (int i = 0; i < 5; i++) {
            RateLimitDecision d = Gcra.decide(policy, state, now);
            assertThat(d).isInstanceOf(RateLimitDecision.Allowed.class);
            state = Optional.of(((RateLimitDecision.Allowed) d).theoreticalArrival());
            assertThat(((RateLimitDecision.Allowed) d).remaining()).isEqualTo(4 - i);
        }
        RateLimitDecision sixth = Gcra.decide(policy, state, now);
        assertThat(sixth).isEqualTo(new RateLimitDecision.Throttled(Duration.ofSeconds(2)));
        assertThat(Gcra.decide(policy, state, now.plusSeconds(2))).isInstanceOf(RateLimitDecision.Allowed.class);
    }
}

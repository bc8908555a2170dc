package dev.tiergate.domain.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitPoliciesTest {

    @Test
    void defaultsFollowTheCommunityRules() {
        RateLimitPolicies d = RateLimitPolicies.DEFAULTS;
        assertThat(d.named("member-commands")).isEqualTo(
                new RateLimitPolicy("member-commands", 5, Duration.ofSeconds(10), 5, FailureMode.OPEN));
        assertThat(d.named("guild-commands").permits()).isEqualTo(100);
        assertThat(d.named("admin-api").failureMode()).isEqualTo(FailureMode.CLOSED);
        assertThat(d.named("badge-awards").failureMode()).isEqualTo(FailureMode.CLOSED);
        assertThat(d.named("directory-refresh")).isEqualTo(
                new RateLimitPolicy("directory-refresh", 1, Duration.ofSeconds(2), 1, FailureMode.OPEN));
    }

    @Test
    void anOverrideChangesRateAndBurstButNeverTheFailureMode() {
        RateLimitPolicies tuned = RateLimitPolicies.DEFAULTS.withRate("admin-api", 600, Duration.ofMinutes(1), 100);
        assertThat(tuned.named("admin-api"))
                .isEqualTo(new RateLimitPolicy("admin-api", 600, Duration.ofMinutes(1), 100, FailureMode.CLOSED));
        assertThat(tuned.named("member-commands")).isEqualTo(RateLimitPolicy.MEMBER_COMMANDS);
        assertThatThrownBy(() -> tuned.withRate("no-such", 1, Duration.ofSeconds(1), 1))
                .hasMessageStartingWith("rate_limit.no-such:");
    }
}

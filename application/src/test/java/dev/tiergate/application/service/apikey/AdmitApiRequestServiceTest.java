package dev.tiergate.application.service.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.apikey.AdmitApiRequestCommand;
import dev.tiergate.application.port.out.ratelimit.RateLimitPort;
import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitKey;
import dev.tiergate.domain.ratelimit.RateLimitPolicies;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdmitApiRequestServiceTest {

    private record Call(RateLimitPolicy policy, RateLimitKey key) {
    }

    private final List<Call> calls = new ArrayList<>();

    @Test
    void spendsTheKeysOwnBudgetUnderTheAdminApiPolicyInForce() {
        RateLimitPolicies tuned = RateLimitPolicies.DEFAULTS.withRate("admin-api", 5, Duration.ofSeconds(1), 2);
        AdmitApiRequestService admit = new AdmitApiRequestService(answering(new RateLimitDecision.Allowed(Instant.EPOCH, 1)), tuned);

        admit.admitApiRequest(new AdmitApiRequestCommand(new ApiKeyId("Ab3dE6gH")));
        admit.admitApiRequest(new AdmitApiRequestCommand(new ApiKeyId("Zz9yX8wV")));

        assertThat(calls).extracting(Call::policy).containsOnly(tuned.named("admin-api"));
        assertThat(calls).extracting(call -> call.key().subject()).containsExactly("api-key-Ab3dE6gH", "api-key-Zz9yX8wV");
        assertThat(calls).extracting(call -> call.key().communityId()).containsOnly(AdmitApiRequestService.NO_COMMUNITY);
    }

    @Test
    void passesAFailClosedRefusalOn() {
        AdmitApiRequestService admit = new AdmitApiRequestService(answering(new RateLimitDecision.Unavailable()),
                RateLimitPolicies.DEFAULTS);

        assertThat(admit.admitApiRequest(new AdmitApiRequestCommand(new ApiKeyId("Ab3dE6gH"))))
                .isEqualTo(new RateLimitDecision.Unavailable());
        assertThat(calls).extracting(call -> call.policy().failureMode().name()).containsExactly("CLOSED");
    }

    private RateLimitPort answering(RateLimitDecision decision) {
        return (policy, key) -> {
            calls.add(new Call(policy, key));
            return decision;
        };
    }
}

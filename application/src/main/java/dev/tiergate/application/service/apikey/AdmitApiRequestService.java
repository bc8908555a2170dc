package dev.tiergate.application.service.apikey;

import dev.tiergate.application.port.in.apikey.AdmitApiRequestCommand;
import dev.tiergate.application.port.in.apikey.AdmitApiRequestUseCase;
import dev.tiergate.application.port.out.ratelimit.RateLimitPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitKey;
import dev.tiergate.domain.ratelimit.RateLimitPolicies;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;
import java.util.Objects;

/** Each API key has its own budget under the {@code admin-api} policy in force, whatever it calls. */
public final class AdmitApiRequestService implements AdmitApiRequestUseCase {

    /**
     * Rate-limit keys belong to a community, but the admin API belongs to none. Its budgets live under
     * the smallest snowflake (dated January 2015, before Discord opened), and their subjects start with
     * {@code api-key-}, which no member or guild subject does, so they meet no community's budgets.
     */
    static final CommunityId NO_COMMUNITY = new CommunityId("10000000000000000");

    private final RateLimitPort limits;
    private final RateLimitPolicy policy;

    public AdmitApiRequestService(RateLimitPort limits, RateLimitPolicies policies) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.policy = policies.named(RateLimitPolicy.ADMIN_API.name());
    }

    @Override
    public RateLimitDecision admitApiRequest(AdmitApiRequestCommand command) {
        return limits.decide(policy, RateLimitKey.of(policy, NO_COMMUNITY, "api-key-" + command.key().value()));
    }
}

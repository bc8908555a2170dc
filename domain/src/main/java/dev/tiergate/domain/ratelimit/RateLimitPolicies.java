package dev.tiergate.domain.ratelimit;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The limits in force, by name: the defaults of the community rules, with rate and burst
 * overridable per deployment. A policy's failure mode is never overridable: whether a limit may
 * fail open is a safety decision, not a tuning knob.
 */
public record RateLimitPolicies(Map<String, RateLimitPolicy> byName) {

    public static final RateLimitPolicies DEFAULTS = new RateLimitPolicies(List.of(
            RateLimitPolicy.MEMBER_COMMANDS, RateLimitPolicy.GUILD_COMMANDS, RateLimitPolicy.ADMIN_API,
            RateLimitPolicy.BADGE_AWARDS, RateLimitPolicy.DIRECTORY_REFRESH));

    public RateLimitPolicies {
        byName = Map.copyOf(byName);
    }

    private RateLimitPolicies(List<RateLimitPolicy> policies) {
        this(index(policies));
    }

    public RateLimitPolicy named(String name) {
        RateLimitPolicy policy = byName.get(name);
        if (policy == null) {
            throw new InvalidFieldException("rate_limit." + name, "is not a known policy");
        }
        return policy;
    }

    /** These policies with one policy's rate and burst replaced; its name and failure mode stay. */
    public RateLimitPolicies withRate(String name, int permits, Duration period, int burst) {
        RateLimitPolicy current = named(name);
        Map<String, RateLimitPolicy> changed = new LinkedHashMap<>(byName);
        changed.put(name, new RateLimitPolicy(name, permits, period, burst, current.failureMode()));
        return new RateLimitPolicies(changed);
    }

    private static Map<String, RateLimitPolicy> index(List<RateLimitPolicy> policies) {
        Map<String, RateLimitPolicy> byName = new LinkedHashMap<>();
        policies.forEach(policy -> byName.put(policy.name(), policy));
        return byName;
    }
}

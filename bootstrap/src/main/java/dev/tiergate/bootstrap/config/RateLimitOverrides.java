package dev.tiergate.bootstrap.config;

import dev.tiergate.domain.ratelimit.RateLimitPolicies;
import dev.tiergate.domain.shared.DomainException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TIERGATE_RATE_LIMITS: comma-separated {@code policy=permits/period[/burst]} entries, e.g.
 * {@code member-commands=5/10s,admin-api=120/1m/20}; periods in ms, s, m, h or d. The burst
 * defaults to the permits. Failure modes are not configurable.
 */
final class RateLimitOverrides {

    static final String VARIABLE = "TIERGATE_RATE_LIMITS";
    private static final Pattern ENTRY = Pattern.compile("([a-z0-9-]+)=([0-9]{1,7})/([0-9]{1,7})(ms|s|m|h|d)(?:/([0-9]{1,7}))?");

    private RateLimitOverrides() {
    }

    static RateLimitPolicies apply(RateLimitPolicies defaults, String spec) {
        RateLimitPolicies policies = defaults;
        for (String entry : spec.split(",")) {
            Matcher m = ENTRY.matcher(entry.strip());
            if (!m.matches()) {
                throw new InvalidSettingException(VARIABLE, "must be policy=permits/period[/burst] entries, e.g. "
                        + "member-commands=5/10s");
            }
            int permits = Integer.parseInt(m.group(2));
            int burst = m.group(5) == null ? permits : Integer.parseInt(m.group(5));
            try {
                policies = policies.withRate(m.group(1), permits, period(Long.parseLong(m.group(3)), m.group(4)), burst);
            } catch (DomainException invalid) {
                throw new InvalidSettingException(VARIABLE, "names an unknown policy or an invalid rate: " + invalid.getMessage());
            }
        }
        return policies;
    }

    private static Duration period(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}

package dev.tiergate.domain.ratelimit;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.regex.Pattern;

/**
 * Whose budget a request spends: a community, a policy and a subject (a member, a guild, an API
 * key id). Keys never cross communities.
 */
public record RateLimitKey(CommunityId communityId, String policy, String subject) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public RateLimitKey {
        if (policy == null || !SAFE.matcher(policy).matches()) {
            throw new InvalidFieldException("rate_limit.policy", "must be 1 to 64 letters, digits, _ . or -");
        }
        if (subject == null || !SAFE.matcher(subject).matches()) {
            throw new InvalidFieldException("rate_limit.subject", "must be 1 to 64 letters, digits, _ . or -");
        }
    }

    public static RateLimitKey of(RateLimitPolicy policy, CommunityId communityId, String subject) {
        return new RateLimitKey(communityId, policy.name(), subject);
    }
}

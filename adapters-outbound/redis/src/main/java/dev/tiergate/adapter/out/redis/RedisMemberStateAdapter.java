package dev.tiergate.adapter.out.redis;

import dev.tiergate.application.port.out.privacy.ForgetMemberStatePort;
import dev.tiergate.domain.activity.ActivityKind;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.ratelimit.RateLimitKey;
import dev.tiergate.domain.ratelimit.RateLimitPolicies;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Forgets a member's short-lived state with one DEL of the exact keys it can own, named from what is
 * known rather than searched for (no KEYS or SCAN): the member's budget under every rate-limit
 * policy in force ({@link RedisRateLimitAdapter#redisKey}) and its cooldown of every activity kind
 * that has one ({@link RedisActivityCooldownAdapter#redisKey}). When Redis cannot answer, the call
 * throws an {@link UncheckedIOException} ("member state store unavailable").
 */
public final class RedisMemberStateAdapter implements ForgetMemberStatePort {

    private final RedisConnection connection;
    private final RateLimitPolicies policies;

    public RedisMemberStateAdapter(RedisConnection connection, RateLimitPolicies policies) {
        this.connection = connection;
        this.policies = policies;
    }

    @Override
    public int forgetMemberState(CommunityId communityId, UserId userId) {
        String[] keys = memberKeys(communityId, userId).toArray(String[]::new);
        return Math.toIntExact(connection.await("member state store", redis -> redis.del(keys)));
    }

    /** The keys of this member's rate-limit budgets and activity cooldowns in this community, nobody else's. */
    List<String> memberKeys(CommunityId communityId, UserId userId) {
        Stream<String> budgets = policies.byName().keySet().stream().sorted()
                .map(policy -> RedisRateLimitAdapter.redisKey(new RateLimitKey(communityId, policy, userId.value())));
        Stream<String> cooldowns = Arrays.stream(ActivityKind.values()).filter(ActivityKind::hasCooldown)
                .map(kind -> RedisActivityCooldownAdapter.redisKey(communityId, userId, kind));
        return Stream.concat(budgets, cooldowns).toList();
    }
}

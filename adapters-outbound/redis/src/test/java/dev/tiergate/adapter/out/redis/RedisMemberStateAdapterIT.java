package dev.tiergate.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.application.port.out.session.SessionKey;
import dev.tiergate.domain.activity.ActivityKind;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.ratelimit.RateLimitKey;
import dev.tiergate.domain.ratelimit.RateLimitPolicies;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forgetting a member's short-lived state on a private real Redis: the member's rate-limit budgets and
 * activity cooldowns, written by the real adapters, are deleted by exact name; another member's keys,
 * the same member's keys in another community and the member's session (SessionStorePort's) stay.
 */
class RedisMemberStateAdapterIT {

    private static final CommunityId GUILD = new CommunityId("555555555555555555");
    private static final CommunityId OTHER_GUILD = new CommunityId("666666666666666666");
    private static final List<RateLimitPolicy> MEMBER_POLICIES = List.of(RateLimitPolicy.MEMBER_COMMANDS,
            RateLimitPolicy.DIRECTORY_REFRESH, RateLimitPolicy.BADGE_AWARDS);

    private static RedisTestServer server;
    private static RedisConnection connection;
    private static RedisRateLimitAdapter limits;
    private static RedisActivityCooldownAdapter cooldowns;
    private static RedisSessionAdapter sessions;
    private static RedisMemberStateAdapter memberState;
    private static RedisCommands<String, String> probe;

    @BeforeAll
    static void start() {
        server = RedisTestServer.start();
        connection = new RedisConnection(new RedisSettings(server.uri(), Duration.ofSeconds(1)));
        limits = new RedisRateLimitAdapter(connection, new SimpleMeterRegistry(), RateLimiterFallbackSettings.DEFAULTS);
        cooldowns = new RedisActivityCooldownAdapter(connection);
        sessions = new RedisSessionAdapter(connection);
        memberState = new RedisMemberStateAdapter(connection, RateLimitPolicies.DEFAULTS);
        probe = server.probe();
    }

    @AfterAll
    static void stop() {
        connection.close();
        server.close();
    }

    /** What a member leaves in Redis by using Tiergate: budgets under every member policy, both cooldowns, a session. */
    private static void use(CommunityId community, UserId member) {
        MEMBER_POLICIES.forEach(policy -> limits.decide(policy, RateLimitKey.of(policy, community, member.value())));
        cooldowns.claim(community, member, ActivityKind.MESSAGE, UUID.randomUUID());
        cooldowns.claim(community, member, ActivityKind.REACTION_GIVEN, UUID.randomUUID());
        sessions.saveSession(new SessionKey(community, member, "directory"), Map.of("sort", "RANK"), Duration.ofMinutes(5));
    }

    private static Set<String> keysOf(CommunityId community, UserId member) {
        Set<String> keys = new TreeSet<>(probe.keys("tiergate:" + community.value() + ":*:" + member.value()));
        keys.addAll(probe.keys("tg:" + community.value() + ":*:" + member.value()));
        return keys;
    }

    @Test
    void theMembersBudgetsAndCooldownsGoAndEveryoneElsesStay() {
        UserId member = new UserId("777777777777777801");
        UserId neighbour = new UserId("777777777777777802");
        use(GUILD, member);
        use(GUILD, neighbour);
        use(OTHER_GUILD, member);
        assertThat(keysOf(GUILD, member)).hasSize(6);

        assertThat(memberState.forgetMemberState(GUILD, member)).isEqualTo(5);

        assertThat(keysOf(GUILD, member)).containsExactly("tiergate:555555555555555555:session:directory:777777777777777801");
        assertThat(keysOf(GUILD, neighbour)).hasSize(6);
        assertThat(keysOf(OTHER_GUILD, member)).hasSize(6);
    }

    @Test
    void forgettingAgainOrAMemberWithoutStateFindsNothing() {
        UserId member = new UserId("777777777777777803");
        use(GUILD, member);
        memberState.forgetMemberState(GUILD, member);

        assertThat(memberState.forgetMemberState(GUILD, member)).isZero();
        assertThat(memberState.forgetMemberState(GUILD, new UserId("777777777777777804"))).isZero();
    }

    @Test
    void theKeysAreNamedFromEveryPolicyInForceAndEveryKindWithACooldown() {
        RateLimitPolicies custom = RateLimitPolicies.DEFAULTS.withRate(RateLimitPolicy.MEMBER_COMMANDS.name(), 1,
                Duration.ofSeconds(1), 1);

        assertThat(new RedisMemberStateAdapter(connection, custom).memberKeys(GUILD, new UserId("777777777777777805")))
                .containsExactlyInAnyOrder(
                        "tiergate:555555555555555555:admin-api:777777777777777805",
                        "tiergate:555555555555555555:badge-awards:777777777777777805",
                        "tiergate:555555555555555555:directory-refresh:777777777777777805",
                        "tiergate:555555555555555555:guild-commands:777777777777777805",
                        "tiergate:555555555555555555:member-commands:777777777777777805",
                        "tg:555555555555555555:activity-cooldown:message:777777777777777805",
                        "tg:555555555555555555:activity-cooldown:reaction_given:777777777777777805");
    }

    @Test
    void anUnreachableRedisFailsTheCallInsteadOfPretending() {
        RedisTestServer down = RedisTestServer.start();
        try (RedisConnection toDown = new RedisConnection(new RedisSettings(down.uri(), Duration.ofMillis(200)))) {
            down.kill();
            RedisMemberStateAdapter unavailable = new RedisMemberStateAdapter(toDown, RateLimitPolicies.DEFAULTS);

            assertThatThrownBy(() -> unavailable.forgetMemberState(GUILD, new UserId("777777777777777806")))
                    .isInstanceOf(UncheckedIOException.class).hasMessageStartingWith("member state store unavailable");
        } finally {
            down.close();
        }
    }
}

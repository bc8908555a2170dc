package dev.tiergate.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.activity.ActivityKind;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cooldowns on a private real Redis: one claim per window, the claimer may claim again, and an outage throws. */
class RedisActivityCooldownAdapterIT {

    private static final CommunityId GUILD = new CommunityId("555555555555555555");
    private static final CommunityId OTHER_GUILD = new CommunityId("666666666666666666");

    private static RedisTestServer server;
    private static RedisConnection connection;
    private static RedisActivityCooldownAdapter cooldowns;
    private static RedisCommands<String, String> probe;

    @BeforeAll
    static void start() {
        server = RedisTestServer.start();
        connection = new RedisConnection(new RedisSettings(server.uri(), Duration.ofSeconds(1)));
        cooldowns = new RedisActivityCooldownAdapter(connection);
        probe = server.probe();
    }

    @AfterAll
    static void stop() {
        connection.close();
        server.close();
    }

    @Test
    void theFirstMessageClaimsTheWindowAndTheNextDoesNotCount() {
        UserId member = new UserId("777777777777777701");
        UUID first = UUID.randomUUID();

        assertThat(cooldowns.claim(GUILD, member, ActivityKind.MESSAGE, first)).isTrue();
        assertThat(cooldowns.claim(GUILD, member, ActivityKind.MESSAGE, UUID.randomUUID())).isFalse();

        String key = "tg:555555555555555555:activity-cooldown:message:777777777777777701";
        assertThat(probe.get(key)).isEqualTo(first.toString());
        assertThat(probe.pttl(key)).isBetween(59_000L, 60_000L);
    }

    @Test
    void aRedeliveredActivityStillHoldsItsClaim() {
        UserId member = new UserId("777777777777777702");
        UUID activity = UUID.randomUUID();
        cooldowns.claim(GUILD, member, ActivityKind.REACTION_GIVEN, activity);

        assertThat(cooldowns.claim(GUILD, member, ActivityKind.REACTION_GIVEN, activity)).isTrue();
    }

    @Test
    void windowsAreSeparatePerKindMemberAndCommunity() {
        UserId member = new UserId("777777777777777703");
        cooldowns.claim(GUILD, member, ActivityKind.MESSAGE, UUID.randomUUID());

        assertThat(cooldowns.claim(GUILD, member, ActivityKind.REACTION_GIVEN, UUID.randomUUID())).isTrue();
        assertThat(cooldowns.claim(OTHER_GUILD, member, ActivityKind.MESSAGE, UUID.randomUUID())).isTrue();
        assertThat(cooldowns.claim(GUILD, new UserId("777777777777777704"), ActivityKind.MESSAGE, UUID.randomUUID()))
                .isTrue();
    }

    @Test
    void aWindowEndsAfterTheCooldown() throws InterruptedException {
        UserId member = new UserId("777777777777777705");
        cooldowns.claim(GUILD, member, ActivityKind.REACTION_GIVEN, UUID.randomUUID());
        assertThat(cooldowns.claim(GUILD, member, ActivityKind.REACTION_GIVEN, UUID.randomUUID())).isFalse();

        Thread.sleep(5_100);

        assertThat(cooldowns.claim(GUILD, member, ActivityKind.REACTION_GIVEN, UUID.randomUUID())).isTrue();
    }

    @Test
    void reactionsReceivedHaveNoWindow() {
        UserId member = new UserId("777777777777777706");

        assertThat(cooldowns.claim(GUILD, member, ActivityKind.REACTION_RECEIVED, UUID.randomUUID())).isTrue();
        assertThat(cooldowns.claim(GUILD, member, ActivityKind.REACTION_RECEIVED, UUID.randomUUID())).isTrue();
    }

    @Test
    void anUnreachableRedisFailsTheClaimInsteadOfCounting() {
        RedisTestServer down = RedisTestServer.start();
        try (RedisConnection toDown = new RedisConnection(new RedisSettings(down.uri(), Duration.ofMillis(200)))) {
            down.kill();
            RedisActivityCooldownAdapter unavailable = new RedisActivityCooldownAdapter(toDown);

            assertThatThrownBy(() -> unavailable.claim(GUILD, new UserId("777777777777777707"), ActivityKind.MESSAGE,
                    UUID.randomUUID())).isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("cooldown store unavailable");
        } finally {
            down.close();
        }
    }
}

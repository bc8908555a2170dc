package dev.tiergate.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.application.port.out.session.SessionKey;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sessions on a private real Redis: JSON values with a TTL, keyed and scoped by community, kind and user. */
class RedisSessionAdapterIT {

    private static final CommunityId GUILD = new CommunityId("555555555555555555");
    private static final CommunityId OTHER_GUILD = new CommunityId("666666666666666666");
    private static final UserId MEMBER = new UserId("777777777777777777");
    private static final UserId OTHER_MEMBER = new UserId("777777777777777778");

    private static RedisTestServer server;
    private static RedisConnection connection;
    private static RedisSessionAdapter sessions;
    private static RedisCommands<String, String> probe;

    @BeforeAll
    static void start() {
        server = RedisTestServer.start();
        connection = new RedisConnection(new RedisSettings(server.uri(), Duration.ofMillis(200)));
        sessions = new RedisSessionAdapter(connection);
        probe = server.probe();
    }

    @AfterAll
    static void stop() {
        connection.close();
        server.close();
    }

    @Test
    void aSavedSessionLoadsBackAsItWasStoredAsJsonWithItsTimeToLive() {
        SessionKey key = new SessionKey(GUILD, MEMBER, "directory");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("tier", "gold");
        values.put("cursor", "42");
        values.put("query", "zoë \"quoted\"");

        sessions.saveSession(key, values, Duration.ofMinutes(5));

        assertThat(sessions.loadSession(key)).contains(values);
        String redisKey = "tiergate:555555555555555555:session:directory:777777777777777777";
        assertThat(probe.get(redisKey)).isEqualTo("{\"tier\":\"gold\",\"cursor\":\"42\",\"query\":\"zoë \\\"quoted\\\"\"}");
        assertThat(probe.pttl(redisKey)).isBetween(290_000L, 300_000L);
    }

    @Test
    void savingReplacesTheSessionAndRestartsItsTimeToLive() {
        SessionKey key = new SessionKey(GUILD, MEMBER, "replace");
        sessions.saveSession(key, Map.of("a", "1", "b", "2"), Duration.ofSeconds(10));

        sessions.saveSession(key, Map.of("c", "3"), Duration.ofMinutes(2));

        assertThat(sessions.loadSession(key)).contains(Map.of("c", "3"));
        assertThat(probe.pttl("tiergate:555555555555555555:session:replace:777777777777777777")).isGreaterThan(100_000L);
    }

    @Test
    void aSessionIsGoneAfterItsTimeToLive() throws InterruptedException {
        SessionKey key = new SessionKey(GUILD, MEMBER, "short");
        sessions.saveSession(key, Map.of("step", "1"), Duration.ofMillis(500));
        assertThat(sessions.loadSession(key)).isPresent();

        Thread.sleep(700);

        assertThat(sessions.loadSession(key)).isEmpty();
    }

    @Test
    void deleteRemovesOnlyThatSession() {
        SessionKey doomed = new SessionKey(GUILD, MEMBER, "doomed");
        SessionKey kept = new SessionKey(GUILD, MEMBER, "kept");
        sessions.saveSession(doomed, Map.of("x", "1"), Duration.ofMinutes(1));
        sessions.saveSession(kept, Map.of("y", "2"), Duration.ofMinutes(1));

        sessions.deleteSession(doomed);

        assertThat(sessions.loadSession(doomed)).isEmpty();
        assertThat(sessions.loadSession(kept)).contains(Map.of("y", "2"));
    }

    @Test
    void sessionsAreScopedByCommunityKindAndUser() {
        sessions.saveSession(new SessionKey(GUILD, MEMBER, "scoped"), Map.of("owner", "me"), Duration.ofMinutes(1));

        assertThat(sessions.loadSession(new SessionKey(OTHER_GUILD, MEMBER, "scoped"))).isEmpty();
        assertThat(sessions.loadSession(new SessionKey(GUILD, OTHER_MEMBER, "scoped"))).isEmpty();
        assertThat(sessions.loadSession(new SessionKey(GUILD, MEMBER, "other-kind"))).isEmpty();
        assertThat(sessions.loadSession(new SessionKey(GUILD, MEMBER, "scoped"))).contains(Map.of("owner", "me"));
    }

    @Test
    void aValueThatIsNotASessionReadsAsNoSession() {
        probe.set("tiergate:555555555555555555:session:corrupt:777777777777777777", "not json");

        assertThat(sessions.loadSession(new SessionKey(GUILD, MEMBER, "corrupt"))).isEmpty();
    }

    @Test
    void anUnreachableStoreFailsEachCallWithinTheTimeoutWithAClearMessage() {
        RedisTestServer gone = RedisTestServer.start();
        try (RedisConnection doomed = new RedisConnection(new RedisSettings(gone.uri(), Duration.ofMillis(200)))) {
            RedisSessionAdapter unreachable = new RedisSessionAdapter(doomed);
            SessionKey key = new SessionKey(GUILD, MEMBER, "directory");
            gone.pause();

            long start = System.nanoTime();
            assertThatThrownBy(() -> unreachable.loadSession(key)).isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("session store unavailable: RedisCommandTimeoutException");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));

            gone.kill();
            assertThatThrownBy(() -> unreachable.saveSession(key, Map.of("a", "b"), Duration.ofMinutes(1)))
                    .isInstanceOf(UncheckedIOException.class).hasMessageStartingWith("session store unavailable");
        } finally {
            gone.close();
        }
    }
}

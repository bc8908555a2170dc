package dev.tiergate.bootstrap;

import dev.tiergate.adapter.out.discord.LocalDiscordStandIn;
import dev.tiergate.adapter.out.nats.NatsTestServer;
import dev.tiergate.adapter.out.postgres.TestDatabase;
import dev.tiergate.adapter.out.redis.RedisTestServer;
import dev.tiergate.testing.FreePort;
import java.util.HashMap;
import java.util.Map;

/**
 * What a Tiergate under test runs against: this JVM's test database, a private real NATS and Redis,
 * and a fake Discord on loopback; and the environment that points the service at them, the same
 * whether the service runs in this JVM ({@link RunningTiergate}) or its own ({@link ServiceProcess}).
 */
record ServiceBackends(NatsTestServer nats, RedisTestServer redis, LocalDiscordStandIn discord)
        implements AutoCloseable {

    static final String APPLICATION_ID = "100000000000000777";

    static ServiceBackends start() {
        return new ServiceBackends(NatsTestServer.start(), RedisTestServer.start(), LocalDiscordStandIn.start(0));
    }

    /**
     * The variables main() reads, for a service on {@code httpPort} (0 picks a free one) with its
     * management port (/metrics) on another free port.
     */
    Map<String, String> environment(int httpPort, boolean backgroundJobs) {
        Map<String, Object> database = TestDatabase.micronautProperties();
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", (String) database.get("datasources.default.url"));
        env.put("DATABASE_USER", (String) database.get("datasources.default.username"));
        Object password = database.get("datasources.default.password");
        if (password != null && !password.toString().isEmpty()) {
            env.put("DATABASE_PASSWORD", password.toString());
        }
        env.put("NATS_URL", nats.url());
        env.put("REDIS_URL", redis.uri().toString());
        env.put("DISCORD_API_URL", discord.baseUrl().toString());
        env.put("DISCORD_APPLICATION_ID", APPLICATION_ID);
        env.put("DISCORD_BOT_TOKEN", "system-test-bot-token");
        env.put("HTTP_PORT", Integer.toString(httpPort == 0 ? FreePort.onLoopback("the service") : httpPort));
        env.put("MANAGEMENT_PORT", Integer.toString(FreePort.onLoopback("the service")));
        env.put("TIERGATE_BACKGROUND_JOBS", Boolean.toString(backgroundJobs));
        return env;
    }

    @Override
    public void close() {
        discord.close();
        redis.close();
        nats.close();
    }
}

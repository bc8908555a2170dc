package dev.tiergate.bootstrap;

import dev.tiergate.adapter.out.discord.LocalDiscordStandIn;
import dev.tiergate.adapter.out.nats.NatsTestServer;
import dev.tiergate.adapter.out.redis.RedisTestServer;
import dev.tiergate.bootstrap.config.TiergateSettings;
import io.micronaut.context.ApplicationContext;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.impl.Headers;

/**
 * The whole service, started as main() starts it, on real PostgreSQL, a private real NATS and a
 * private real Redis, with a fake Discord on loopback. One per test class; close() stops everything.
 */
final class RunningTiergate implements AutoCloseable {

    static final String APPLICATION_ID = ServiceBackends.APPLICATION_ID;

    final NatsTestServer nats;
    final RedisTestServer redis;
    final LocalDiscordStandIn discord;
    final ApplicationContext context;
    final Connection client;
    private final ServiceBackends backends;

    RunningTiergate() throws Exception {
        backends = ServiceBackends.start();
        nats = backends.nats();
        redis = backends.redis();
        discord = backends.discord();
        // The tests run the jobs' use cases themselves; a background run would race their assertions.
        context = TiergateApplication.start(TiergateSettings.fromEnvironment(backends.environment(0, false)));
        client = Nats.connect(nats.url());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** GETs a path of the service's HTTP port; answers the status and body. */
    java.net.http.HttpResponse<String> get(String path) throws Exception {
        int port = context.getBean(io.micronaut.runtime.server.EmbeddedServer.class).getPort();
        try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
            return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                    .timeout(java.time.Duration.ofSeconds(10)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Publishes like the gateway: JetStream, with the event id as the de-duplication id. */
    void publish(String subject, GatewayMessage message) throws Exception {
        client.jetStream().publish(subject, new Headers().add("Nats-Msg-Id", message.eventId()), message.json().getBytes());
    }

    @Override
    public void close() throws Exception {
        client.close();
        context.close();
        backends.close();
    }
}

package dev.tiergate.bootstrap;

import dev.tiergate.adapter.out.discord.LocalDiscordStandIn;
import dev.tiergate.adapter.out.nats.NatsTestServer;
import dev.tiergate.adapter.out.redis.RedisTestServer;
import dev.tiergate.bootstrap.config.TiergateSettings;
import io.micronaut.context.ApplicationContext;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.impl.Headers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

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
        this(Map.of());
    }

    /** The service with some of its variables changed or added: credentials, a relayed database URL, … */
    RunningTiergate(Map<String, String> overrides) throws Exception {
        backends = ServiceBackends.start();
        nats = backends.nats();
        redis = backends.redis();
        discord = backends.discord();
        // The tests run the jobs' use cases themselves; a background run would race their assertions.
        Map<String, String> environment = backends.environment(0, false);
        environment.putAll(overrides);
        context = TiergateApplication.start(TiergateSettings.fromEnvironment(environment));
        client = Nats.connect(nats.url());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** GETs a path of the service's HTTP port; answers the status and body. */
    HttpResponse<String> get(String path) throws Exception {
        return send(bean(TiergateSettings.class).httpPort(), path);
    }

    /** The Prometheus text of /metrics on the management port, with the metrics token when one is set. */
    String scrape() throws Exception {
        HttpResponse<String> metrics = send(bean(TiergateSettings.class).management().port(), "/metrics",
                bean(TiergateSettings.class).management().metricsToken()
                        .map(token -> new String[] {"Authorization", "Bearer " + token}).orElse(new String[0]));
        if (metrics.statusCode() != 200) {
            throw new AssertionError("/metrics answered " + metrics.statusCode());
        }
        return metrics.body();
    }

    /** GETs a path of one of the service's ports with these header names and values; answers the status and body. */
    static HttpResponse<String> send(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

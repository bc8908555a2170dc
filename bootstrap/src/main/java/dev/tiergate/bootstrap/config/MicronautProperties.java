package dev.tiergate.bootstrap.config;

import java.util.HashMap;
import java.util.Map;

/** Translates validated settings into the Micronaut properties the adapters are configured by. */
public final class MicronautProperties {

    /** Set when no Discord is configured: a local stand-in answers and prints each reply. */
    public static final String DISCORD_STAND_IN = "tiergate.discord.stand-in";
    /** False on a process that must not run background jobs (TIERGATE_BACKGROUND_JOBS=false). */
    public static final String BACKGROUND_JOBS = "tiergate.background-jobs.enabled";
    /** The bearer token a scrape of /metrics must present; unset, the management port is open to whoever reaches it. */
    public static final String METRICS_TOKEN = "tiergate.management.metrics-token";

    private MicronautProperties() {
    }

    public static Map<String, Object> from(TiergateSettings settings) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.application.name", "tiergate");
        properties.put(BACKGROUND_JOBS, settings.backgroundJobs());
        properties.put("datasources.default.url", settings.databaseUrl());
        properties.put("datasources.default.username", settings.databaseUser());
        settings.databasePassword().ifPresent(p -> properties.put("datasources.default.password", p));
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        properties.put("datasources.default.dialect", "POSTGRES");
        properties.put("flyway.datasources.default.enabled", true);
        // Fail fast when PostgreSQL is gone: a request or readiness check waits seconds, not Hikari's 30.
        properties.put("datasources.default.connection-timeout", 3000);
        properties.put("micronaut.metrics.enabled", true);
        properties.put("micronaut.metrics.export.prometheus.enabled", true);
        properties.put("micronaut.metrics.export.prometheus.descriptions", true);
        // Buckets, not client-side quantiles: Prometheus aggregates the request latency across replicas.
        properties.put("micronaut.metrics.binders.web.server.histogram", true);
        // Only the Prometheus endpoint, as /metrics: Tiergate's own HealthController serves /health/live and /health/ready.
        properties.put("endpoints.all.enabled", false);
        properties.put("endpoints.prometheus.enabled", true);
        properties.put("endpoints.prometheus.sensitive", false);
        properties.put("endpoints.prometheus.path", "metrics");
        properties.putAll(listeners(settings));
        properties.put(DISCORD_STAND_IN, settings.usesDiscordStandIn());
        return properties;
    }

    /**
     * Two listeners: the public one (health, the interactions endpoint, the admin API) and the management
     * one, which serves the management endpoints only. Micronaut's own management port
     * ({@code endpoints.all.port} alone) would bind the public listener's host, so both are explicit.
     */
    private static Map<String, Object> listeners(TiergateSettings settings) {
        ManagementSettings management = settings.management();
        Map<String, Object> properties = new HashMap<>();
        // Development binds loopback only; production listens where the platform routes traffic.
        properties.put("micronaut.server.netty.listeners.http.host",
                settings.environment() == TiergateEnvironment.PRODUCTION ? "0.0.0.0" : "127.0.0.1");
        properties.put("micronaut.server.netty.listeners.http.port", settings.httpPort());
        properties.put("micronaut.server.netty.listeners.management.host", management.host());
        properties.put("micronaut.server.netty.listeners.management.port", management.port());
        properties.put("micronaut.server.netty.listeners.management.expose-default-routes", false);
        // Metrics stay scrapeable while the public listener drains on shutdown.
        properties.put("micronaut.server.netty.listeners.management.support-graceful-shutdown", false);
        properties.put("endpoints.all.port", management.port());
        management.metricsToken().ifPresent(token -> properties.put(METRICS_TOKEN, token));
        return properties;
    }
}

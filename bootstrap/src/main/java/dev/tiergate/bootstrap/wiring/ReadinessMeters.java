package dev.tiergate.bootstrap.wiring;

import dev.tiergate.application.port.in.health.CheckReadinessUseCase;
import dev.tiergate.application.port.in.health.ReadinessReport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports readiness per dependency as {@code tiergate_readiness_up{check}}: 1 while the check is up or
 * degraded (a fallback serves), 0 while it is down. The checks do I/O, so they run every 15 seconds on
 * a virtual thread, never on a scrape; a gauge appears with the first report that names its check.
 */
@Context
final class ReadinessMeters {

    private static final Logger LOG = LoggerFactory.getLogger(ReadinessMeters.class);
    private static final long PERIOD_SECONDS = 15;

    private final CheckReadinessUseCase readiness;
    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, AtomicInteger> up = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = new ScheduledThreadPoolExecutor(1,
            Thread.ofVirtual().name("readiness-meters").factory());

    ReadinessMeters(CheckReadinessUseCase readiness, MeterRegistry registry) {
        this.readiness = readiness;
        this.registry = registry;
        scheduler.scheduleWithFixedDelay(this::refresh, 0, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void refresh() {
        try {
            for (ReadinessReport.Check check : readiness.checkReadiness().checks()) {
                up.computeIfAbsent(check.name(), this::register).set("down".equals(check.state()) ? 0 : 1);
            }
        } catch (RuntimeException failure) {
            // A thrown check must not end the schedule; the gauges keep their last values until the next run.
            LOG.warn("Readiness not refreshed for metrics: {}", failure.getClass().getSimpleName());
        }
    }

    private AtomicInteger register(String check) {
        AtomicInteger value = new AtomicInteger();
        Gauge.builder("tiergate.readiness.up", value, AtomicInteger::get)
                .description("1 while the dependency is up or degraded, 0 while it is down")
                .tag("check", check).register(registry);
        return value;
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}

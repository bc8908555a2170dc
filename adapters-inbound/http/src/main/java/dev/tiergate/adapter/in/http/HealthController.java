package dev.tiergate.adapter.in.http;

import dev.tiergate.application.port.in.health.CheckReadinessUseCase;
import dev.tiergate.application.port.in.health.ReadinessReport;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Liveness answers while the process serves HTTP, whatever its dependencies do; readiness is
 * 200 unless a dependency is down (degraded still serves) and lists each check.
 */
@Controller("/health")
class HealthController {

    private final CheckReadinessUseCase readiness;

    HealthController(CheckReadinessUseCase readiness) {
        this.readiness = readiness;
    }

    @Get(uri = "/live", produces = MediaType.APPLICATION_JSON)
    Map<String, String> live() {
        return Map.of("status", "UP");
    }

    /** Checks block on I/O (bounded by short timeouts), so they run off the event loop. */
    @Get(uri = "/ready", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Map<String, Object>> ready() {
        ReadinessReport report = readiness.checkReadiness();
        List<Map<String, String>> checks = report.checks().stream()
                .map(c -> Map.of("name", c.name(), "state", c.state(), "detail", c.detail()))
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.ready() ? "UP" : "DOWN");
        body.put("checks", checks);
        return HttpResponse.status(report.ready() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }
}

package dev.tiergate.adapter.in.http;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Map;

/** Liveness: answers while the process can serve HTTP, whatever the state of its dependencies. */
@Controller("/health")
class HealthController {

    @Get(uri = "/live", produces = MediaType.APPLICATION_JSON)
    Map<String, String> live() {
        return Map.of("status", "UP");
    }
}

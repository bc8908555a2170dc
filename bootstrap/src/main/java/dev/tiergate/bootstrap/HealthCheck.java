package dev.tiergate.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The container image's health check: the runtime image has no shell or curl, so the JVM asks
 * {@code /health/live} on this container's HTTP_PORT. Exit status 0 when it answers 200, else 1.
 */
public final class HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private HealthCheck() {
    }

    public static void main(String[] args) {
        System.exit(check(liveUri(System.getenv())));
    }

    /** The liveness address of the service this environment configures. */
    static URI liveUri(Map<String, String> env) {
        return URI.create("http://127.0.0.1:" + env.getOrDefault("HTTP_PORT", "8080") + "/health/live");
    }

    /** 0 when {@code uri} answers 200 within the timeout, else 1. */
    static int check(URI uri) {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200 ? 0 : 1;
        } catch (IOException unreachable) {
            return 1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}

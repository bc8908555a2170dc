package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.tiergate.testing.FreePort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthCheckTest {

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void healthyWhenLivenessAnswers200() throws IOException {
        assertThat(HealthCheck.check(serverAnswering(200))).isZero();
    }

    @Test
    void unhealthyWhenLivenessAnswersAnythingElse() throws IOException {
        assertThat(HealthCheck.check(serverAnswering(503))).isEqualTo(1);
    }

    @Test
    void unhealthyWhenNothingListens() throws IOException {
        int closedPort = FreePort.onLoopback("nothing listening");
        assertThat(HealthCheck.check(URI.create("http://127.0.0.1:" + closedPort + "/health/live"))).isEqualTo(1);
    }

    @Test
    void asksTheConfiguredHttpPortOrTheDefault() {
        assertThat(HealthCheck.liveUri(Map.of("HTTP_PORT", "9090")))
                .isEqualTo(URI.create("http://127.0.0.1:9090/health/live"));
        assertThat(HealthCheck.liveUri(Map.of())).isEqualTo(URI.create("http://127.0.0.1:8080/health/live"));
    }

    private URI serverAnswering(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health/live", exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/health/live");
    }
}

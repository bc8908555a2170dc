package dev.tiergate.adapter.out.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import dev.tiergate.testing.FreePort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The wire over real loopback HTTP: every status is an answer, redirects are not followed, failures name no URL. */
@Timeout(10)
class DiscordTransportIT {

    private static final String SECRET = "c2VjcmV0LWludGVyYWN0aW9uLXRva2Vu";

    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private URI base;
    private DiscordTransport transport;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            received.add(exchange.getRequestMethod() + " " + path + " " + exchange.getRequestHeaders().getFirst("X-Extra"));
            byte[] body = "{\"message\":\"You are being rate limited.\",\"retry_after\":0.5}".getBytes(StandardCharsets.UTF_8);
            if (path.endsWith("/slow")) {
                sleep(Duration.ofSeconds(2));
            }
            if (path.endsWith("/moved")) {
                exchange.getResponseHeaders().set("Location", "/api/v10/elsewhere");
                exchange.sendResponseHeaders(302, -1);
            } else {
                exchange.getResponseHeaders().set("X-RateLimit-Bucket", "abcd");
                exchange.sendResponseHeaders(429, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10");
        transport = new DiscordTransport(new DiscordApiSettings(base, Duration.ofSeconds(1)), "test");
    }

    @AfterEach
    void stop() {
        transport.close();
        server.stop(0);
    }

    @Test
    void anErrorStatusIsAnAnswerWithItsHeadersAndBody() throws Exception {
        DiscordTransport.Answer answer = transport.send("POST", URI.create(base + "/limited"), Map.of("X-Extra", "yes"),
                Map.of("type", 5), Duration.ofSeconds(1));

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.header("x-ratelimit-bucket")).hasValue("abcd");
        assertThat(answer.body()).contains("\"retry_after\":0.5");
        assertThat(received).containsExactly("POST /api/v10/limited yes");
    }

    @Test
    void aRedirectIsAnAnswerNotFollowed() throws Exception {
        DiscordTransport.Answer answer = transport.send("PATCH", URI.create(base + "/moved"), Map.of(), null,
                Duration.ofSeconds(1));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(received).hasSize(1);
    }

    @Test
    void theCallersTimeoutBoundsTheWaitAndTheFailureNamesNoUrl() {
        DiscordTransport.NoAnswerException e = catchThrowableOfType(DiscordTransport.NoAnswerException.class,
                () -> transport.send("POST", URI.create(base + "/" + SECRET + "/slow"), Map.of(), null,
                        Duration.ofMillis(200)));

        assertThat(e.timedOut()).isTrue();
        assertThat(e).hasMessage("no answer within 200 ms").hasNoCause();
    }

    @Test
    void aRefusedConnectionIsATransportFailureThatNamesNoUrl() throws IOException {
        int closedPort = FreePort.onLoopback("nothing listening");
        URI closed = URI.create("http://127.0.0.1:" + closedPort + "/api/v10");
        try (DiscordTransport nowhere = new DiscordTransport(new DiscordApiSettings(closed, Duration.ofSeconds(1)), "test")) {
            DiscordTransport.NoAnswerException e = catchThrowableOfType(DiscordTransport.NoAnswerException.class,
                    () -> nowhere.send("POST", URI.create(closed + "/" + SECRET), Map.of(), null, Duration.ofSeconds(1)));

            assertThat(e.timedOut()).isFalse();
            assertThat(e.getMessage()).startsWith("transport failure (").doesNotContain(SECRET, "127.0.0.1");
            assertThat(e).hasNoCause();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

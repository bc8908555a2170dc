package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.bootstrap.config.TiergateSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * C10: whatever a client sends, an error answer of the running service is a short generic JSON text
 * (no stack trace, class name, SQL or echo of the request), on the public port as on the management
 * port. Requests go out on a raw socket, so nothing in between repairs them.
 */
class GenericErrorsSystemIT {

    private static final String HEADERS = "Host: 127.0.0.1\r\nAccept: text/html\r\nConnection: close\r\n";
    private static RunningTiergate tiergate;

    @BeforeAll
    static void start() throws Exception {
        tiergate = new RunningTiergate();
    }

    @AfterAll
    static void stop() throws Exception {
        tiergate.close();
    }

    static Stream<Arguments> hostileRequests() {
        return Stream.of(
                Arguments.of("GET /no-such-route HTTP/1.1\r\n" + HEADERS + "\r\n", 404, "not found"),
                Arguments.of("GET /health/../../../etc/passwd HTTP/1.1\r\n" + HEADERS + "\r\n", 404, "not found"),
                Arguments.of("GET /health/..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\n" + HEADERS + "\r\n", 404, "not found"),
                Arguments.of("GET /<script>alert('probe')</script> HTTP/1.1\r\n" + HEADERS + "\r\n", 400, "bad request"),
                Arguments.of("GET /health/live?probe=%zz%uD800 HTTP/1.1\r\n" + HEADERS + "\r\n", 400, "bad request"),
                Arguments.of("POST /health/live HTTP/1.1\r\n" + HEADERS
                        + "Content-Type: application/json\r\nContent-Length: 17\r\n\r\n{\"probe\":\"aaaaa\"}", 405,
                        "method not allowed"),
                Arguments.of("DELETE /health/ready HTTP/1.1\r\n" + HEADERS + "\r\n", 405, "method not allowed"),
                Arguments.of("GET /health/live HTTP/1.1\r\n" + HEADERS + "Content-Length: probe\r\n\r\n", 400,
                        "bad request"),
                // Both lengths at once is how requests are smuggled past a proxy.
                Arguments.of("POST /health/live HTTP/1.1\r\n" + HEADERS
                        + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n", 400, "bad request"),
                Arguments.of("GET /health/live HTTP/1.1\r\n" + HEADERS + "X-Probe: " + "p".repeat(20_000) + "\r\n\r\n",
                        413, "request entity too large"),
                Arguments.of("PROBE\r\n\r\n", 400, "bad request"));
    }

    @ParameterizedTest
    @MethodSource("hostileRequests")
    void aHostileRequestGetsOnlyTheGenericTextOfItsStatus(String request, int status, String text) throws IOException {
        String answer = exchange(tiergate.bean(TiergateSettings.class).httpPort(), request);

        assertThat(answer).matches("(?s)HTTP/1\\.[01] " + status + " .*");
        assertThat(body(answer)).isEqualTo("{\"error\":\"" + text + "\"}");
    }

    @Test
    void theManagementPortAnswersAnythingButMetricsWithTheGenericTextToo() throws IOException {
        String answer = exchange(tiergate.bean(TiergateSettings.class).management().port(),
                "GET /env HTTP/1.1\r\n" + HEADERS + "\r\n");

        assertThat(answer).startsWith("HTTP/1.1 404 ");
        assertThat(body(answer)).isEqualTo("{\"error\":\"not found\"}");
    }

    private static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }

    /** Sends the bytes of one request on a connection of its own and answers everything that comes back. */
    private static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}

package dev.tiergate.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiergate.testing.LocalServerProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real Prometheus (Debian's package: {@code /usr/bin/prometheus}, or {@code PROMETHEUS_BINARY}, or
 * {@code prometheus} on the PATH) on a free loopback port, scraping one target every second.
 */
final class LocalPrometheus implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LocalServerProcess server;

    private LocalPrometheus(LocalServerProcess server) {
        this.server = server;
    }

    /** Starts Prometheus scraping {@code /metrics} of the target ({@code host:port}) as job "tiergate". */
    static LocalPrometheus scraping(String target) {
        return new LocalPrometheus(LocalServerProcess.start("prometheus", "PROMETHEUS_BINARY",
                Path.of("/usr/bin/prometheus"),
                (binary, port, workDir) -> List.of(binary.toString(),
                        "--config.file=" + writeConfig(workDir, target),
                        "--storage.tsdb.path=" + workDir.resolve("data"),
                        "--web.listen-address=127.0.0.1:" + port,
                        "--log.level=warn"),
                LocalPrometheus::readyProbe));
    }

    /** An instant query through the HTTP API: the whole answer ({@code status}, {@code data.result}, {@code error}). */
    JsonNode query(String expression) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/query?query="
                + URLEncoder.encode(expression, StandardCharsets.UTF_8));
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(answer.body());
        }
    }

    @Override
    public void close() {
        server.close();
    }

    private static Path writeConfig(Path workDir, String target) {
        Path config = workDir.resolve("prometheus.yml");
        try {
            Files.writeString(config, """
                    global:
                      scrape_interval: 1s
                      evaluation_interval: 1s
                    scrape_configs:
                      - job_name: tiergate
                        metrics_path: /metrics
                        static_configs:
                          - targets: ["%s"]
                    """.formatted(target));
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot write " + config, failure);
        }
        return config;
    }

    private static Optional<String> readyProbe(Socket connected) throws IOException {
        OutputStream out = connected.getOutputStream();
        out.write("GET /-/ready HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String status = LocalServerProcess.readLine(connected.getInputStream());
        return status.contains(" 200 ") ? Optional.empty() : Optional.of("/-/ready answered " + status);
    }
}

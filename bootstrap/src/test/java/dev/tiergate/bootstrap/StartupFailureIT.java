package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the real main() in its own process: a bad environment stops it at once, naming only the variable. */
class StartupFailureIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({
        "development, DATABASE_URL, mysql://secret-host.example/db",
        "development, HTTP_PORT, 99999999",
        "production, NATS_URL, nats://secret-host.example:4222",
        "production, NATS_URL, opentls://secret-host.example:4222",
        "development, DISCORD_PUBLIC_KEY, secret-not-a-key",
        "production, DATABASE_URL, jdbc:postgresql://secret-host.example/tiergate",
        "production, DATABASE_URL, jdbc:postgresql://secret-host.example/tiergate?sslmode=require",
        "production, DATABASE_URL, jdbc:postgresql://secret-host.example/tiergate?sslmode=verify-full&sslmode=disable",
        "production, REDIS_URL, redis://secret-host.example:6379",
        "production, METRICS_TOKEN, secret-but-31-bytes-long-xxxxxx",
        "development, METRICS_TOKEN, secret with spaces in a bearer token header",
        "development, MANAGEMENT_PORT, 8080",
        "production, MANAGEMENT_HOST, secret-host.example/metrics",
    })
    void aBadSettingExitsNonZeroBeforeStartingNamingTheVariableButNotTheValue(String environment, String variable,
            String value) throws Exception {
        Refusal refusal = start(environment, variable, value);

        assertThat(refusal.exitCode()).isEqualTo(2);
        assertThat(refusal.output()).contains("Tiergate cannot start: " + variable).doesNotContain(value)
                .doesNotContain("secret-host").doesNotContain("Startup completed");
    }

    @Test
    void inProductionTheRefusalIsLoggedAsOneJsonObjectPerLine() throws Exception {
        Refusal refusal = start("production", "REDIS_URL", "redis://secret-host.example:6379");

        List<String> lines = refusal.output().lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode event = JSON.readTree(line);
            assertThat(event.isObject()).as(line).isTrue();
        }
        JsonNode refused = JSON.readTree(lines.getLast());
        assertThat(refused.get("level").asText()).isEqualTo("ERROR");
        assertThat(refused.get("formattedMessage").asText()).startsWith("Tiergate cannot start: REDIS_URL ");
    }

    @Test
    void inDevelopmentTheRefusalIsAShortTextLine() throws Exception {
        Refusal refusal = start("development", "HTTP_PORT", "99999999");

        assertThat(refusal.output().strip()).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ERROR .*Tiergate cannot start: HTTP_PORT .*");
    }

    /** What main() printed and its exit code when started with a complete environment but one variable set to {@code value}. */
    private static Refusal start(String environment, String variable, String value) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TiergateApplication.class.getName())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> Arrays.asList("DATABASE_", "NATS_", "DISCORD_", "TIERGATE_", "REDIS_",
                "MANAGEMENT_").stream().anyMatch(name::startsWith) || name.equals("HTTP_PORT")
                || name.equals("METRICS_TOKEN"));
        env.put("TIERGATE_ENV", environment);
        if (environment.equals("production")) {
            env.putAll(Map.of("DATABASE_URL", "jdbc:postgresql://db.internal/tiergate?sslmode=verify-full",
                    "DATABASE_USER", "tiergate", "REDIS_URL", "rediss://cache.internal", "NATS_URL",
                    "tls://nats.internal:4222", "NATS_TOKEN", "t", "DISCORD_APPLICATION_ID", "123456789012345678",
                    "DISCORD_PUBLIC_KEY", "ab".repeat(32), "DISCORD_BOT_TOKEN", "b",
                    "ADMIN_API_KEY_PEPPER", "Pq7Lm2Xc9Vb4Nz1Kd8Jf3Hs6Ga0Wt5Ry2Ue7Io4Bn9Mv"));
        }
        env.put(variable, value);

        Process process = builder.start();
        boolean exited = process.waitFor(30, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(exited).as("exits by itself").isTrue();
        return new Refusal(process.exitValue(), output);
    }

    private record Refusal(int exitCode, String output) {
    }
}

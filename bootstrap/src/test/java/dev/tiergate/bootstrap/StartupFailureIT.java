package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the real main() in its own process: a bad environment stops it at once, naming only the variable. */
class StartupFailureIT {

    @ParameterizedTest
    @CsvSource({
        "development, DATABASE_URL, mysql://secret-host.example/db",
        "development, HTTP_PORT, 99999999",
        "production, NATS_URL, nats://secret-host.example:4222",
        "production, NATS_URL, opentls://secret-host.example:4222",
        "development, DISCORD_PUBLIC_KEY, secret-not-a-key",
    })
    void aBadSettingExitsNonZeroBeforeStartingNamingTheVariableButNotTheValue(String environment, String variable,
            String value) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TiergateApplication.class.getName())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("DATABASE_") || name.startsWith("NATS_")
                || name.startsWith("DISCORD_") || name.startsWith("TIERGATE_") || name.equals("HTTP_PORT"));
        env.put("TIERGATE_ENV", environment);
        if (environment.equals("production")) {
            env.putAll(Map.of("DATABASE_URL", "jdbc:postgresql://db.internal/tiergate", "DATABASE_USER", "tiergate",
                    "REDIS_URL", "rediss://cache.internal", "NATS_TOKEN", "t", "DISCORD_APPLICATION_ID",
                    "123456789012345678", "DISCORD_PUBLIC_KEY", "ab".repeat(32), "DISCORD_BOT_TOKEN", "b"));
        }
        env.put(variable, value);

        Process process = builder.start();
        boolean exited = process.waitFor(30, TimeUnit.SECONDS);
        String output = read(process);

        assertThat(exited).as("exits by itself").isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("Tiergate cannot start: " + variable).doesNotContain(value)
                .doesNotContain("secret-host").doesNotContain("Startup completed");
    }

    private static String read(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}

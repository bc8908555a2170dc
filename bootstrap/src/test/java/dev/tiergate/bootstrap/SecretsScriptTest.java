package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.bootstrap.config.TiergateSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** C6: deploy/local/secrets.sh prints fresh, strong values for every secret Tiergate reads, in .env format. */
class SecretsScriptTest {

    private static final Path SCRIPT = Path.of("..", "deploy", "local", "secrets.sh");

    @Test
    void eachRunPrintsEverySecretAsThirtyTwoFreshRandomBytesInBase64Url() throws Exception {
        Map<String, String> first = run();
        Map<String, String> second = run();

        assertThat(first.keySet()).containsExactlyInAnyOrder("ADMIN_API_KEY_PEPPER", "METRICS_TOKEN",
                "DATABASE_PASSWORD", "NATS_PASSWORD");
        assertThat(second.keySet()).isEqualTo(first.keySet());
        for (Map<String, String> secrets : List.of(first, second)) {
            secrets.forEach((name, value) -> {
                assertThat(value).as(name).matches("[A-Za-z0-9_-]{43}");
                assertThat(Base64.getUrlDecoder().decode(value)).as(name).hasSize(32);
            });
            assertThat(secrets.values()).as("no two secrets alike").doesNotHaveDuplicates();
        }
        first.forEach((name, value) -> assertThat(second.get(name)).as(name + " is fresh each run").isNotEqualTo(value));
    }

    @Test
    void theServiceAcceptsWhatItPrints() throws Exception {
        Map<String, String> secrets = run();

        TiergateSettings settings = TiergateSettings.fromEnvironment(secrets);

        assertThat(settings.management().metricsToken()).contains(secrets.get("METRICS_TOKEN"));
        assertThat(settings.databasePassword()).contains(secrets.get("DATABASE_PASSWORD"));
        assertThat(settings.nats().password()).contains(secrets.get("NATS_PASSWORD"));
        assertThat(settings.adminApi().pepper()).isEqualTo(Base64.getUrlDecoder().decode(secrets.get("ADMIN_API_KEY_PEPPER")));
    }

    /** Runs the script and reads its .env output: comment lines are skipped, every other line is NAME=value. */
    private static Map<String, String> run() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Map<String, String> secrets = new LinkedHashMap<>();
        output.lines().filter(line -> !line.startsWith("#")).forEach(line -> {
            assertThat(line).as("an .env line").matches("[A-Z][A-Z0-9_]*=\\S+");
            String[] pair = line.split("=", 2);
            assertThat(secrets.put(pair[0], pair[1])).as(pair[0] + " printed once").isNull();
        });
        return secrets;
    }
}

package dev.tiergate.bootstrap.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.adapter.out.postgres.TestDatabase;
import dev.tiergate.bootstrap.TiergateApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code api-keys} as an operator runs it: main() in a JVM of its own on the test database, its standard
 * output and error read apart, so {@code KEY=$(… api-keys create …)} is known to capture the key alone.
 */
@Timeout(120)
class ApiKeysCliIT {

    private record Run(int exit, String out, String err) {
    }

    @Test
    void createPrintsOnlyTheKeyThenListShowsItWithoutTheSecretAndRevokeEndsIt() throws Exception {
        Run created = run("create", "--name", "first admin", "--scope", "admin", "--expires-in-days", "30");

        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).matches("tg_[0-9A-Za-z]{8}_[0-9A-Za-z]{43}\\R");
        String key = created.out().strip();
        String id = key.substring(3, 11);
        assertThat(created.err()).contains("Created API key " + id + " admin usable \"first admin\"", "only time")
                .doesNotContain(key.substring(12));

        Run listed = run("list");
        assertThat(listed.exit()).isZero();
        assertThat(listed.out()).contains(id + " admin usable \"first admin\"").doesNotContain(key.substring(12));

        Run revoked = run("revoke", id);
        assertThat(revoked.exit()).isZero();
        assertThat(revoked.out()).startsWith("Revoked API key " + id + " admin revoked");
        assertThat(run("list").out()).contains(id + " admin revoked");
        assertThat(run("revoke", id).out()).contains("was revoked already");
    }

    @Test
    void revokingAKeyThatDoesNotExistExitsWithOne() throws Exception {
        Run missing = run("revoke", "00000000");

        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("No API key 00000000");
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), TiergateApplication.class.getName(),
                ApiKeysCli.COMMAND));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("DATABASE_") || name.startsWith("TIERGATE_")
                || name.startsWith("ADMIN_API_"));
        Map<String, Object> database = TestDatabase.micronautProperties();
        env.put("DATABASE_URL", (String) database.get("datasources.default.url"));
        env.put("DATABASE_USER", (String) database.get("datasources.default.username"));
        Object password = database.get("datasources.default.password");
        if (password != null && !password.toString().isEmpty()) {
            env.put("DATABASE_PASSWORD", password.toString());
        }
        Process process = builder.start();
        process.getOutputStream().close();
        // Both streams are small: read one, then the other, then wait.
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
    }
}

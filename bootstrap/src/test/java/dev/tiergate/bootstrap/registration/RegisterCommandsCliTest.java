package dev.tiergate.bootstrap.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad arguments and a bad environment stop register-commands with exit code 2 before any call to Discord. */
class RegisterCommandsCliTest {

    private static final String TOKEN = "MTAw.cli-unit-secret";
    // Nothing listens on port 9, so any call that were made would fail with exit code 1, not 2.
    private static final Map<String, String> GOOD = Map.of("DISCORD_BOT_TOKEN", TOKEN,
            "DISCORD_APPLICATION_ID", "100000000000000001", "DISCORD_API_URL", "http://127.0.0.1:9/api/v10");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @ParameterizedTest
    @ValueSource(strings = {"DISCORD_BOT_TOKEN", "DISCORD_APPLICATION_ID"})
    void aMissingVariableExitsWithTwoNamingIt(String variable) {
        Map<String, String> env = new HashMap<>(GOOD);
        env.put(variable, "  ");

        int code = run(List.of(), env);

        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("Cannot register commands: " + variable + " is required").contains("Usage:")
                .doesNotContain(TOKEN);
        assertThat(out()).isEmpty();
    }

    @Test
    void malformedVariablesExitWithTwoNamingThemButNotTheirValues() {
        assertThat(run(List.of(), with("DISCORD_APPLICATION_ID", "app-secret"))).isEqualTo(2);
        assertThat(err()).contains("DISCORD_APPLICATION_ID must be a Discord snowflake").doesNotContain("app-secret");

        assertThat(run(List.of(), with("DISCORD_BOT_TOKEN", "two words"))).isEqualTo(2);
        assertThat(err()).contains("DISCORD_BOT_TOKEN must be").doesNotContain("two words");

        assertThat(run(List.of(), with("DISCORD_API_URL", "ftp://discord.example/api"))).isEqualTo(2);
        assertThat(err()).contains("DISCORD_API_URL must be an http or https URL");
    }

    @Test
    void badArgumentsExitWithTwo() {
        assertThat(run(List.of("--guild"), GOOD)).isEqualTo(2);
        assertThat(run(List.of("--guild", "not-a-guild"), GOOD)).isEqualTo(2);
        assertThat(run(List.of("--everywhere"), GOOD)).isEqualTo(2);
        assertThat(err()).contains("--guild must be a Discord guild id").contains("arguments must be");
    }

    @Test
    void anUnreachableDiscordExitsWithOneAndSaysWhy() {
        assertThat(run(List.of("--guild", "200000000000000002"), GOOD)).isEqualTo(1);
        assertThat(err()).contains("Command registration failed:", "transport failure", "guild 200000000000000002")
                .doesNotContain(TOKEN);
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> env = new HashMap<>(GOOD);
        env.put(name, value);
        return env;
    }

    private int run(List<String> args, Map<String, String> env) {
        return RegisterCommandsCli.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

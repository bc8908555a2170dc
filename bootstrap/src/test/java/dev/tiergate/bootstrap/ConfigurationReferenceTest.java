package dev.tiergate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tiergate.bootstrap.cli.SubCommand;
import dev.tiergate.bootstrap.config.InvalidSettingException;
import dev.tiergate.bootstrap.config.ProductionEnvironment;
import dev.tiergate.bootstrap.config.TiergateSettings;
import dev.tiergate.bootstrap.registration.RegisterCommandsCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration reference lists exactly the environment variables the service and its
 * sub-commands look up, and marks "required" exactly those a production start refuses without: the
 * readers run against a map that records every key asked for, so a new variable cannot go undocumented.
 */
class ConfigurationReferenceTest {

    /** A row of the table: the variable, its meaning, its development default, what production needs. */
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([A-Z][A-Z0-9_]*)` \\|([^|]*)\\|([^|]*)\\|([^|]*)\\|\\s*$");
    private static final String SECTION = "## Configuration reference";
    /** The production cell of a variable the service cannot start without. */
    private static final String REQUIRED = "required";
    /** The production cell of the NATS credentials, of which production needs one kind. */
    private static final String ONE_OF = "one of the NATS credentials";
    /** A variable the code reads from the process environment directly rather than from a passed-in map. */
    private static final Pattern GETENV = Pattern.compile("getenv\\(\\)\\.getOrDefault\\(\"([A-Z0-9_]+)\"|getenv\\(\"([A-Z0-9_]+)\"\\)");

    @Test
    void theTableListsExactlyTheVariablesTheCodeReads() throws IOException {
        assertThat(documented().keySet()).as("README's configuration reference").isEqualTo(read());
    }

    @Test
    void productionRequiresExactlyTheVariablesMarkedRequired() {
        Map<String, String> production = documented();
        for (String variable : production.keySet()) {
            Map<String, String> env = ProductionEnvironment.complete();
            env.remove(variable);
            Throwable refused = catchThrowable(() -> TiergateSettings.fromEnvironment(env));
            switch (production.get(variable)) {
                case REQUIRED -> assertThat(refused).as(variable + " is marked required")
                        .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith(variable);
                case ONE_OF -> { }
                default -> assertThat(refused).as(variable + " is not marked required").isNull();
            }
        }
    }

    @Test
    void productionRefusesToStartWithoutAnyOfTheNatsCredentials() {
        Set<String> credentials = documented().entrySet().stream()
                .filter(row -> row.getValue().equals(ONE_OF)).map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(credentials).containsExactlyInAnyOrder("NATS_CREDS_FILE", "NATS_TOKEN", "NATS_USER", "NATS_PASSWORD");
        Map<String, String> env = ProductionEnvironment.complete();
        env.keySet().removeAll(credentials);
        assertThatThrownBy(() -> TiergateSettings.fromEnvironment(env)).isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("NATS_CREDS_FILE");
        env.put("NATS_TOKEN", "nats-token-value");
        assertThat(TiergateSettings.fromEnvironment(env).nats().token()).isPresent();
    }

    @Test
    void everyRowSaysWhatTheVariableDoesAndItsDefault() {
        Matcher row = ROW.matcher(section());
        while (row.find()) {
            assertThat(row.group(2).strip()).as(row.group(1) + "'s meaning").isNotEmpty();
            assertThat(row.group(3).strip()).as(row.group(1) + "'s default").isNotEmpty();
        }
    }

    /**
     * Every key looked up by the settings (development and production), the register-commands sub-command
     * (the other sub-commands read the service's settings) and the container's health check, plus the
     * variables read straight from the process environment.
     */
    private static Set<String> read() throws IOException {
        Set<String> keys = new TreeSet<>();
        RecordingEnvironment development = new RecordingEnvironment(Map.of());
        TiergateSettings.fromEnvironment(development);
        keys.addAll(development.asked);
        RecordingEnvironment production = new RecordingEnvironment(ProductionEnvironment.complete());
        TiergateSettings.fromEnvironment(production);
        keys.addAll(production.asked);
        // A malformed API URL is the last thing registration reads, so it stops there without calling Discord.
        RecordingEnvironment registration = new RecordingEnvironment(Map.of("DISCORD_BOT_TOKEN", "bot-token-value",
                "DISCORD_APPLICATION_ID", "123456789012345678", "DISCORD_API_URL", "http://not a url"));
        PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(RegisterCommandsCli.run(List.of(), registration, discard, discard)).isEqualTo(SubCommand.USAGE);
        keys.addAll(registration.asked);
        RecordingEnvironment healthCheck = new RecordingEnvironment(Map.of());
        HealthCheck.liveUri(healthCheck);
        keys.addAll(healthCheck.asked);
        for (String source : RepositoryTree.javaSources()) {
            if (source.startsWith("bootstrap/src/main/")) {
                Matcher getenv = GETENV.matcher(RepositoryTree.read(source));
                while (getenv.find()) {
                    keys.add(getenv.group(1) != null ? getenv.group(1) : getenv.group(2));
                }
            }
        }
        return keys;
    }

    /** Each variable of the table with what production needs of it (its last column). */
    private static Map<String, String> documented() {
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(section());
        while (row.find()) {
            assertThat(rows.put(row.group(1), row.group(4).strip())).as(row.group(1) + " listed twice").isNull();
        }
        return rows;
    }

    private static String section() {
        String readme = RepositoryTree.read("README.md");
        int start = readme.indexOf("\n" + SECTION + "\n");
        assertThat(start).as("README.md has a '" + SECTION + "' section").isNotNegative();
        int end = readme.indexOf("\n## ", start + SECTION.length() + 1);
        return end < 0 ? readme.substring(start) : readme.substring(start, end);
    }

    /** An environment that remembers every variable asked for, set or not. */
    private static final class RecordingEnvironment extends HashMap<String, String> {

        private final Set<String> asked = new TreeSet<>();

        RecordingEnvironment(Map<String, String> values) {
            super(values);
        }

        @Override
        public String get(Object key) {
            asked.add((String) key);
            return super.get(key);
        }

        @Override
        public String getOrDefault(Object key, String fallback) {
            asked.add((String) key);
            return super.getOrDefault(key, fallback);
        }
    }
}

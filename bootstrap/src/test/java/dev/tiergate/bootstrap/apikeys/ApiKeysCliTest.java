package dev.tiergate.bootstrap.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.apikey.CreateApiKeyCommand;
import dev.tiergate.application.port.in.apikey.RevokeApiKeyCommand;
import dev.tiergate.domain.apikey.ApiKey;
import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.apikey.ApiScope;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The arguments are read strictly, and bad ones or a bad environment exit with 2 before the database is used. */
class ApiKeysCliTest {

    // Nothing listens on port 9: a command that reached for the database would say it cannot use it.
    private static final Map<String, String> ENV = Map.of("DATABASE_URL", "jdbc:postgresql://127.0.0.1:9/tiergate");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void readsCreateListAndRevoke() {
        assertThat(ApiKeysRequest.parse(List.of("create", "--scope", "admin", "--name", "first admin")))
                .isEqualTo(new ApiKeysRequest.Create(new CreateApiKeyCommand("first admin", ApiScope.ADMIN, OptionalInt.empty())));
        assertThat(ApiKeysRequest.parse(List.of("create", "--name", "ci", "--scope", "read", "--expires-in-days", "30")))
                .isEqualTo(new ApiKeysRequest.Create(new CreateApiKeyCommand("ci", ApiScope.READ, OptionalInt.of(30))));
        assertThat(ApiKeysRequest.parse(List.of("list"))).isEqualTo(new ApiKeysRequest.ListKeys());
        assertThat(ApiKeysRequest.parse(List.of("revoke", "Ab3dE6gH")))
                .isEqualTo(new ApiKeysRequest.Revoke(new RevokeApiKeyCommand(new ApiKeyId("Ab3dE6gH"))));
    }

    @Test
    void badArgumentsExitWithTwoNamingTheArgument() {
        assertUsage(List.of(), "arguments must start with create, list or revoke");
        assertUsage(List.of("create", "--scope", "admin"), "--name is required");
        assertUsage(List.of("create", "--name", "x"), "--scope is required");
        assertUsage(List.of("create", "--name", "x", "--scope", "root"), "--scope must be read, write or admin");
        assertUsage(List.of("create", "--name", "x", "--scope", "read", "--expires-in-days", "0"), "--expires-in-days must");
        assertUsage(List.of("create", "--name", "x", "--scope", "read", "--expires-in-days", "ten"), "--expires-in-days must");
        assertUsage(List.of("create", "--name", "x", "--scope", "read", "--admin", "yes"), "--admin is not an option");
        assertUsage(List.of("create", "--name", "x", "--name", "y", "--scope", "read"), "--name is given twice");
        assertUsage(List.of("create", "--name"), "create options are");
        assertUsage(List.of("list", "--all"), "list takes no arguments");
        assertUsage(List.of("revoke"), "revoke takes exactly one API key id");
        assertUsage(List.of("revoke", "../../etc"), "revoke takes exactly one API key id");
        assertUsage(List.of("rotate"), "arguments must start with create, list or revoke");
    }

    @Test
    void productionNeedsThePepperBeforeAnythingElseHappens() {
        assertThat(run(List.of("list"), Map.of("TIERGATE_ENV", "production"))).isEqualTo(ApiKeysCli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Cannot run api-keys: ");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsSaidWithoutItsUrl() {
        assertThat(run(List.of("list"), Map.of("DATABASE_URL", "jdbc:postgresql://127.0.0.1:9/tiergate?password=hunter22")))
                .isEqualTo(ApiKeysCli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Cannot use PostgreSQL from DATABASE_URL")
                .doesNotContain("hunter22");
    }

    @Test
    void aKeyIsDescribedOnOneLineWithoutItsSecret() {
        ApiKey key = new ApiKey(new ApiKeyId("Ab3dE6gH"), "deploy bot", ApiScope.WRITE,
                Instant.parse("2026-11-22T10:00:00Z"), Optional.of(Instant.parse("2026-12-22T10:00:00Z")), Optional.empty());

        assertThat(ApiKeysCli.describe(key, Instant.parse("2026-11-23T00:00:00Z"))).isEqualTo(
                "Ab3dE6gH write usable \"deploy bot\", created 2026-11-22T10:00:00Z, expires 2026-12-22T10:00:00Z");
        assertThat(ApiKeysCli.describe(key, Instant.parse("2026-12-23T00:00:00Z"))).contains(" expired ");
        assertThat(ApiKeysCli.describe(key.revokedAt(Instant.parse("2026-11-24T00:00:00Z")), Instant.parse("2026-11-25T00:00:00Z")))
                .contains(" revoked ").endsWith(", revoked 2026-11-24T00:00:00Z");
    }

    private void assertUsage(List<String> args, String message) {
        err.reset();
        assertThat(run(args, ENV)).as(args.toString()).isEqualTo(ApiKeysCli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).as(args.toString()).startsWith("Cannot run api-keys: " + message);
        assertThat(out.size()).isZero();
    }

    private int run(List<String> args, Map<String, String> env) {
        return ApiKeysCli.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}

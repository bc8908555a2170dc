package dev.tiergate.bootstrap.apikeys;

import static dev.tiergate.bootstrap.cli.SubCommand.DONE;
import static dev.tiergate.bootstrap.cli.SubCommand.NOT_DONE;

import dev.tiergate.application.port.in.apikey.ApiKeyPage;
import dev.tiergate.application.port.in.apikey.ApiKeyRevocation;
import dev.tiergate.application.port.in.apikey.CreateApiKeyCommand;
import dev.tiergate.application.port.in.apikey.CreatedApiKey;
import dev.tiergate.application.port.in.apikey.ListApiKeysQuery;
import dev.tiergate.application.port.in.apikey.RevokeApiKeyCommand;
import dev.tiergate.application.port.in.audit.RecordAuditCommand;
import dev.tiergate.application.port.out.apikey.ApiKeyStorePort;
import dev.tiergate.application.port.out.audit.AuditLogPort;
import dev.tiergate.application.service.apikey.CreateApiKeyService;
import dev.tiergate.application.service.apikey.ListApiKeysService;
import dev.tiergate.application.service.apikey.RevokeApiKeyService;
import dev.tiergate.application.service.audit.RecordAuditService;
import dev.tiergate.bootstrap.cli.SubCommand;
import dev.tiergate.bootstrap.config.InvalidSettingException;
import dev.tiergate.bootstrap.config.MicronautProperties;
import dev.tiergate.bootstrap.config.TiergateSettings;
import dev.tiergate.domain.apikey.ApiKey;
import dev.tiergate.domain.apikey.ApiKeyId;
import dev.tiergate.domain.audit.AuditActor;
import dev.tiergate.domain.shared.PageLimit;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanConfiguration;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code tiergate api-keys create --name <name> --scope read|write|admin [--expires-in-days N] | list |
 * revoke <id>}: the first admin key comes from here, not from a default password. {@code create} prints
 * the whole key alone on standard output (so {@code KEY=$(… api-keys create …)} works), once: only its hash
 * is stored. Reads the service's own settings (in production every required one, the pepper included)
 * and talks only to PostgreSQL, migrating it first like the service; every command is an audit row of
 * actor {@code cli}. Exit codes: 0 done, 1 no such key, 2 bad arguments, bad settings or no database.
 */
public final class ApiKeysCli {

    public static final String COMMAND = "api-keys";
    /** Bad arguments, bad settings or no database. */
    static final int USAGE = SubCommand.USAGE;
    private static final String USAGE_TEXT = "Usage: " + COMMAND + " create --name <name> --scope read|write|admin"
            + " [--expires-in-days <1-3650>] | " + COMMAND + " list | " + COMMAND + " revoke <id>"
            + " (PostgreSQL from DATABASE_URL, keys hashed under ADMIN_API_KEY_PEPPER, as the service)";
    private static final String SOURCE = "local";
    private static final int PAGE = 100;

    private ApiKeysCli() {
    }

    /** Runs the sub-command with the arguments after its name; returns the process exit code. */
    public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        ApiKeysRequest request;
        TiergateSettings settings;
        try {
            request = ApiKeysRequest.parse(args);
            settings = TiergateSettings.fromEnvironment(env);
        } catch (InvalidSettingException invalid) {
            return SubCommand.refuse("run " + COMMAND, invalid, USAGE_TEXT, err);
        }
        try (ApplicationContext database = database(settings)) {
            Clock clock = Clock.systemUTC();
            Keys keys = new Keys(database.getBean(ApiKeyStorePort.class), settings.adminApi().pepper(),
                    new RecordAuditService(database.getBean(AuditLogPort.class), clock), clock);
            return switch (request) {
                case ApiKeysRequest.Create(var command) -> keys.create(command, out, err);
                case ApiKeysRequest.ListKeys _ -> keys.list(out);
                case ApiKeysRequest.Revoke(var command) -> keys.revoke(command.id(), out, err);
            };
        } catch (RuntimeException unreachable) {
            // The driver's message may repeat the URL, and with it a password.
            err.println("Cannot use PostgreSQL from DATABASE_URL (" + unreachable.getClass().getSimpleName() + ")");
            return USAGE;
        }
    }

    /**
     * PostgreSQL only: the service's datasource and migrations, and none of its other parts (no NATS, Redis,
     * listeners, HTTP or metrics, whose logging registry would write to standard output): bootstrap's own
     * wiring and the inbound adapters are switched off, and so are metrics.
     */
    private static ApplicationContext database(TiergateSettings settings) {
        Map<String, Object> properties = MicronautProperties.from(settings).entrySet().stream()
                .filter(property -> property.getKey().startsWith("datasources.") || property.getKey().startsWith("flyway."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        properties.put("micronaut.metrics.enabled", false);
        properties.put("micronaut.metrics.export.logging.enabled", false);
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .banner(false)
                .properties(properties)
                .beanConfigurations(BeanConfiguration.disabled("dev.tiergate.bootstrap"),
                        BeanConfiguration.disabled("dev.tiergate.adapter.in"))
                .start();
    }

    /** The key use cases on the database, each command recorded in the audit log. */
    private record Keys(ApiKeyStorePort store, byte[] pepper, RecordAuditService audit, Clock clock) {

        int create(CreateApiKeyCommand command, PrintStream out,
                PrintStream err) {
            CreatedApiKey created = new CreateApiKeyService(store, new PepperedApiKeyHash(pepper), new SecureRandom(), clock)
                    .createApiKey(command);
            record("create", created.key().id(), 201);
            out.println(created.secret());
            err.println("Created API key " + describe(created.key(), clock.instant())
                    + ". This is the only time the key is shown: store it now.");
            return DONE;
        }

        int list(PrintStream out) {
            ListApiKeysService keys = new ListApiKeysService(store);
            Instant now = clock.instant();
            Optional<ApiKeyId> after = Optional.empty();
            boolean any = false;
            do {
                ApiKeyPage page = keys.listApiKeys(new ListApiKeysQuery(after, new PageLimit(PAGE)));
                page.keys().forEach(key -> out.println(describe(key, now)));
                any |= !page.keys().isEmpty();
                after = page.next();
            } while (after.isPresent());
            if (!any) {
                out.println("No API keys");
            }
            audit.recordAudit(new RecordAuditCommand(AuditActor.COMMAND_LINE, COMMAND + " list", "", SOURCE, 200));
            return DONE;
        }

        int revoke(ApiKeyId id, PrintStream out, PrintStream err) {
            ApiKeyRevocation revocation = new RevokeApiKeyService(store, clock)
                    .revokeApiKey(new RevokeApiKeyCommand(id));
            return switch (revocation) {
                case ApiKeyRevocation.Revoked(var key) -> {
                    record("revoke", id, 200);
                    out.println("Revoked API key " + describe(key, clock.instant()));
                    yield DONE;
                }
                case ApiKeyRevocation.AlreadyRevoked(var key) -> {
                    record("revoke", id, 200);
                    out.println("API key " + describe(key, clock.instant()) + " was revoked already");
                    yield DONE;
                }
                case ApiKeyRevocation.NoSuchKey _ -> {
                    record("revoke", id, 404);
                    err.println("No API key " + id);
                    yield NOT_DONE;
                }
            };
        }

        private void record(String action, ApiKeyId id, int outcome) {
            audit.recordAudit(new RecordAuditCommand(AuditActor.COMMAND_LINE, COMMAND + " " + action, "id=" + id, SOURCE,
                    outcome));
        }
    }

    /** {@code Ab3dE6gH admin usable "deploy bot", created …, expires …}: one line, never the secret. */
    static String describe(ApiKey key, Instant now) {
        String state = key.revoked().isPresent() ? "revoked" : key.usableAt(now) ? "usable" : "expired";
        return key.id() + " " + key.scope().label() + " " + state + " \"" + key.name() + "\", created " + key.created()
                + key.expires().map(at -> ", expires " + at).orElse(", never expires")
                + key.revoked().map(at -> ", revoked " + at).orElse("");
    }
}

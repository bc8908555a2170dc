package dev.tiergate.bootstrap;

import dev.tiergate.bootstrap.apikeys.ApiKeysCli;
import dev.tiergate.bootstrap.config.InvalidSettingException;
import dev.tiergate.bootstrap.config.MicronautProperties;
import dev.tiergate.bootstrap.config.TiergateSettings;
import dev.tiergate.bootstrap.console.ConsoleCli;
import dev.tiergate.bootstrap.deadletters.DeadLettersCli;
import dev.tiergate.bootstrap.registration.RegisterCommandsCli;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Tiergate: settings are validated first, so a bad environment stops the process
 * before any port opens; then the Micronaut context wires the adapters around the core.
 * {@code register-commands [--guild <id>]} instead registers the slash commands with Discord and exits;
 * {@code console [--member <user id or nym>]} talks to a running development service as a demo member.
 */
public final class TiergateApplication {

    private static final Logger LOG = LoggerFactory.getLogger(TiergateApplication.class);

    private TiergateApplication() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(RegisterCommandsCli.COMMAND)) {
            System.exit(RegisterCommandsCli.run(Arrays.asList(args).subList(1, args.length), System.getenv(),
                    System.out, System.err));
            return;
        }
        if (args.length > 0 && args[0].equals(ApiKeysCli.COMMAND)) {
            System.exit(ApiKeysCli.run(Arrays.asList(args).subList(1, args.length), System.getenv(), System.out,
                    System.err));
            return;
        }
        if (args.length > 0 && args[0].equals(DeadLettersCli.COMMAND)) {
            System.exit(DeadLettersCli.run(Arrays.asList(args).subList(1, args.length), System.getenv(),
                    System.out, System.err));
            return;
        }
        if (args.length > 0 && args[0].equals(ConsoleCli.COMMAND)) {
            System.exit(ConsoleCli.run(Arrays.asList(args).subList(1, args.length), System.getenv(), System.err));
            return;
        }
        TiergateSettings settings;
        try {
            settings = TiergateSettings.fromEnvironment(System.getenv());
        } catch (InvalidSettingException invalid) {
            LOG.error("Tiergate cannot start: {}", invalid.getMessage());
            System.exit(2);
            return;
        }
        LOG.info("Starting Tiergate with {}", settings);
        start(settings, args);
    }

    /** Starts the whole service with these settings; the tests start it the same way. */
    public static ApplicationContext start(TiergateSettings settings, String... args) {
        return Micronaut.build(args)
                .mainClass(TiergateApplication.class)
                .banner(false)
                .properties(MicronautProperties.from(settings))
                .singletons(settings)
                .start();
    }
}

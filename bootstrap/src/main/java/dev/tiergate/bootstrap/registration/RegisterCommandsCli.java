package dev.tiergate.bootstrap.registration;

import static dev.tiergate.bootstrap.cli.SubCommand.DONE;
import static dev.tiergate.bootstrap.cli.SubCommand.NOT_DONE;
import static dev.tiergate.bootstrap.cli.SubCommand.USAGE;

import dev.tiergate.adapter.out.discord.DiscordCommandRegistryAdapter;
import dev.tiergate.application.port.in.registration.RegisterCommandsCommand;
import dev.tiergate.application.port.in.registration.RegisteredCommands;
import dev.tiergate.application.port.out.registration.CommandsNotRegisteredException;
import dev.tiergate.application.service.registration.RegisterCommandsService;
import dev.tiergate.bootstrap.cli.SubCommand;
import dev.tiergate.bootstrap.config.InvalidSettingException;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.shared.Snowflake;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code tiergate register-commands [--guild <id>]}: overwrites the application's slash commands at
 * Discord with the catalog, for one guild (visible at once, for testing) or globally, and prints what
 * it registered. Needs only Discord's settings, not NATS, Postgres or Redis. Exit codes: 0 registered,
 * 1 Discord did not take them, 2 bad arguments or environment.
 */
public final class RegisterCommandsCli {

    public static final String COMMAND = "register-commands";
    private static final String USAGE_TEXT = "Usage: " + COMMAND + " [--guild <guild id>]"
            + " (needs DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID; DISCORD_API_URL is optional)";

    private RegisterCommandsCli() {
    }

    /** Runs the sub-command with the arguments after its name; returns the process exit code. */
    public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        Optional<CommunityId> guild;
        RegistrationSettings settings;
        try {
            guild = guild(args);
            settings = RegistrationSettings.fromEnvironment(env);
        } catch (InvalidSettingException invalid) {
            return SubCommand.refuse("register commands", invalid, USAGE_TEXT, err);
        }
        try (var registry = new DiscordCommandRegistryAdapter(settings.api(), settings.credentials())) {
            RegisteredCommands registered = new RegisterCommandsService(registry)
                    .registerCommands(new RegisterCommandsCommand(guild));
            out.println(describe(registered));
            return DONE;
        } catch (CommandsNotRegisteredException refused) {
            err.println("Command registration failed: " + refused.getMessage());
            return NOT_DONE;
        }
    }

    private static Optional<CommunityId> guild(List<String> args) {
        if (args.isEmpty()) {
            return Optional.empty();
        }
        if (args.size() != 2 || !args.get(0).equals("--guild")) {
            throw new InvalidSettingException("arguments", "must be nothing or --guild <guild id>");
        }
        if (!Snowflake.isValid(args.get(1))) {
            throw new InvalidSettingException("--guild", "must be a Discord guild id (a snowflake)");
        }
        return Optional.of(new CommunityId(args.get(1)));
    }

    private static String describe(RegisteredCommands registered) {
        String where = registered.guild().map(id -> "for guild " + id.value())
                .orElse("globally (every guild the bot is in)");
        String names = registered.names().stream().map(name -> "/" + name).collect(Collectors.joining(" "));
        return "Registered " + registered.count() + " slash commands " + where + ": " + names;
    }
}

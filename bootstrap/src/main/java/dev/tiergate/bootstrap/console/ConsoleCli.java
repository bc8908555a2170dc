package dev.tiergate.bootstrap.console;

import dev.tiergate.bootstrap.cli.SubCommand;
import dev.tiergate.bootstrap.config.InvalidSettingException;
import dev.tiergate.bootstrap.config.TiergateSettings;
import dev.tiergate.bootstrap.demo.DemoCommandLine;
import dev.tiergate.bootstrap.demo.DemoCommunity;
import dev.tiergate.bootstrap.demo.DemoCommunity.DemoMember;
import io.nats.client.Connection;
import io.nats.client.ErrorListener;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * {@code console [--member <user id or nym>]}: try Tiergate without Discord. Beside the service that
 * {@code bash deploy/local/run.sh} started, the user speaks as a demo member; what it types goes out as
 * real interactions on NATS and the service's replies, posted to the local Discord stand-in, are shown.
 */
public final class ConsoleCli {

    public static final String COMMAND = "console";
    public static final String USAGE = """
            Usage: java -jar bootstrap/target/tiergate.jar console [--member <user id or nym>]
                   (or: bash deploy/local/console.sh [--member <user id or nym>])
              Speaks, as a member of the demo community, to the service that bash deploy/local/run.sh started:
              slash commands typed as in Discord (/position, /leaderboard tiers, /directory, ...) go out as
              interactions on NATS (NATS_URL, default nats://127.0.0.1:4222) and the replies are read back from
              the local Discord stand-in (DISCORD_STAND_IN_PORT, default 8082). Without --member it offers a list.""";
    private static final String DEFAULT_NATS = "nats://127.0.0.1:4222";
    private static final Duration REPLY_WITHIN = Duration.ofSeconds(10);
    private static final String START_FIRST = "start the service first with bash deploy/local/run.sh"
            + " (in another terminal; without DISCORD_BOT_TOKEN, so replies go to the local stand-in)";

    private ConsoleCli() {
    }

    /** Runs the console on this process's terminal; answers the exit code. */
    public static int run(List<String> args, Map<String, String> env, PrintStream err) {
        try (Terminal terminal = TerminalBuilder.builder().name("tiergate").dumb(true).build()) {
            return run(args, env, terminal, err);
        } catch (IOException noTerminal) {
            err.println("Cannot open the terminal: " + noTerminal.getMessage());
            return SubCommand.USAGE;
        }
    }

    /** Runs the console on {@code terminal} (the tests pass one over pipes); answers the exit code. */
    public static int run(List<String> args, Map<String, String> env, Terminal terminal, PrintStream err) {
        Optional<DemoMember> member;
        int standInPort;
        try {
            member = member(args);
            standInPort = standInPort(env);
        } catch (InvalidSettingException invalid) {
            return SubCommand.refuse("run the console", invalid, USAGE, err);
        }
        PrintWriter out = terminal.writer();
        String natsUrl = Optional.ofNullable(env.get("NATS_URL")).filter(v -> !v.isBlank()).orElse(DEFAULT_NATS);
        try (StandInAnswers answers = new StandInAnswers(URI.create("http://127.0.0.1:" + standInPort));
                Connection nats = connect(natsUrl)) {
            if (!answers.reachable()) {
                err.println("No local Discord stand-in answers at " + answers.address() + ": " + START_FIRST + ".");
                return SubCommand.USAGE;
            }
            InteractionChannel channel = new InteractionChannel(nats, answers, Clock.systemUTC(), REPLY_WITHIN);
            ConsoleSession[] session = new ConsoleSession[1];
            LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                    .completer(new ConsoleCompleter(lineSoFar -> routingFor(lineSoFar, session[0])
                            .map(routing -> sendQuietly(channel, session[0], routing))))
                    .build();
            session[0] = new ConsoleSession(reader, out, channel);
            out.println("Tiergate console: slash commands as in Discord, answered by the service beside it.");
            session[0].run(member);
            out.println("Bye.");
            out.flush();
            return SubCommand.DONE;
        } catch (IOException unreachable) {
            err.println("Cannot reach NATS at " + natsUrl + " (" + unreachable.getMessage() + "): " + START_FIRST + ".");
            return SubCommand.USAGE;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return SubCommand.NOT_DONE;
        }
    }

    private static Optional<DemoCommandLine.Routing> routingFor(String lineSoFar,
            ConsoleSession session) {
        return session.member() == null ? Optional.empty()
                : DemoCommandLine.autocomplete(lineSoFar, session.member().permissions());
    }

    private static Reply sendQuietly(InteractionChannel channel, ConsoleSession session,
            DemoCommandLine.Routing routing) {
        try {
            return channel.send(session.member().userId(), routing);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Reply.Missing("interrupted");
        }
    }

    private static Optional<DemoMember> member(List<String> args) {
        if (args.isEmpty()) {
            return Optional.empty();
        }
        if (args.size() != 2 || !args.get(0).equals("--member")) {
            throw new InvalidSettingException("arguments", "expected nothing or --member <user id or nym>");
        }
        return Optional.of(DemoCommunity.find(args.get(1)).orElseThrow(() -> new InvalidSettingException("--member",
                "names no demo member: " + args.get(1))));
    }

    private static int standInPort(Map<String, String> env) {
        String value = Optional.ofNullable(env.get("DISCORD_STAND_IN_PORT")).map(String::strip)
                .filter(v -> !v.isEmpty()).orElse(Integer.toString(TiergateSettings.DEFAULT_STAND_IN_PORT));
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65_535) {
                throw new NumberFormatException(value);
            }
            return port;
        } catch (NumberFormatException notAPort) {
            throw new InvalidSettingException("DISCORD_STAND_IN_PORT", "must be the stand-in's port (1-65535)");
        }
    }

    private static Connection connect(String natsUrl) throws IOException, InterruptedException {
        try {
            // The console says itself what went wrong; the client's own error log would only repeat it.
            return Nats.connect(Options.builder().server(natsUrl).connectionTimeout(Duration.ofSeconds(2))
                    .noReconnect().errorListener(new ErrorListener() {
                    }).build());
        } catch (UncheckedIOException | IllegalArgumentException bad) {
            throw new IOException(bad.getMessage(), bad);
        }
    }
}

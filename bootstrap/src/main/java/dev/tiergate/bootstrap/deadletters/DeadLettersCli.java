package dev.tiergate.bootstrap.deadletters;

import static dev.tiergate.bootstrap.cli.SubCommand.DONE;
import static dev.tiergate.bootstrap.cli.SubCommand.NOT_DONE;
import static dev.tiergate.bootstrap.cli.SubCommand.USAGE;

import dev.tiergate.adapter.out.nats.NatsDeadLetterAdapter;
import dev.tiergate.application.port.in.deadletter.DeadLetterPage;
import dev.tiergate.application.port.in.deadletter.DeadLetterView;
import dev.tiergate.application.port.in.deadletter.ReplayOutcome;
import dev.tiergate.application.port.out.deadletter.DeadLettersUnavailableException;
import dev.tiergate.application.service.deadletter.ListDeadLettersService;
import dev.tiergate.application.service.deadletter.ReplayDeadLetterService;
import dev.tiergate.bootstrap.cli.SubCommand;
import dev.tiergate.bootstrap.config.InvalidSettingException;
import dev.tiergate.bootstrap.config.NatsSettings;
import dev.tiergate.bootstrap.config.TiergateSettings;
import io.nats.client.Connection;
import io.nats.client.Nats;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code tiergate dead-letters list [--after <id>] [--limit N] | replay <id>}: prints the dead letters
 * a page at a time (one line each), or replays one to its original subject. Reads the service's own
 * settings (in production every required one, as for the service) but connects only to NATS. Exit
 * codes: 0 done, 1 no such dead letter, replay refused or NATS failing mid-way, 2 bad arguments,
 * bad settings or NATS unreachable.
 */
public final class DeadLettersCli {

    public static final String COMMAND = "dead-letters";
    private static final String USAGE_TEXT = "Usage: " + COMMAND + " list [--after <id>] [--limit <1-100>]"
            + " | " + COMMAND + " replay <id> (NATS from NATS_URL and its credential variables, as the service)";

    private DeadLettersCli() {
    }

    /** Runs the sub-command with the arguments after its name; returns the process exit code. */
    public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        DeadLettersRequest request;
        NatsSettings nats;
        try {
            request = DeadLettersRequest.parse(args);
            nats = TiergateSettings.fromEnvironment(env).nats();
        } catch (InvalidSettingException invalid) {
            return SubCommand.refuse("run " + COMMAND, invalid, USAGE_TEXT, err);
        }
        try (Connection connection = connect(nats)) {
            NatsDeadLetterAdapter deadLetters = new NatsDeadLetterAdapter(connection);
            return switch (request) {
                case DeadLettersRequest.ListPage(var query) ->
                        print(new ListDeadLettersService(deadLetters).listDeadLetters(query), query.limit(), out);
                case DeadLettersRequest.Replay(var command) ->
                        report(new ReplayDeadLetterService(deadLetters).replayDeadLetter(command), out, err);
            };
        } catch (IOException unreachable) {
            // The client's message repeats the URL, credentials included.
            err.println("Cannot reach NATS at " + where(nats) + " (" + unreachable.getClass().getSimpleName() + ")");
            return USAGE;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            err.println("Interrupted while talking to NATS");
            return NOT_DONE;
        } catch (DeadLettersUnavailableException failing) {
            err.println("Dead letters unavailable: " + failing.getMessage());
            return NOT_DONE;
        }
    }

    /** Fails fast: a one-off command reports an outage instead of waiting it out. */
    private static Connection connect(NatsSettings nats) throws IOException, InterruptedException {
        return Nats.connect(nats.options("tiergate-" + COMMAND).maxReconnects(0).build());
    }

    private static int print(DeadLetterPage page, int limit, PrintStream out) {
        if (page.entries().isEmpty()) {
            out.println("No dead letters");
        }
        page.entries().forEach(entry -> out.println(line(entry)));
        page.next().ifPresent(next -> out.println("More: " + COMMAND + " list --after " + next + " --limit " + limit));
        return DONE;
    }

    /** {@code #12 2026-11-22T10:15:30Z events.member.join from EVENTS #42, 120 bytes: <reason>}. */
    static String line(DeadLetterView entry) {
        String from = entry.original().map(origin -> " from " + origin.stream() + " #" + origin.sequence()).orElse("");
        return "#" + entry.id() + " " + entry.storedAt() + " " + entry.originalSubject() + from + ", "
                + entry.bodySize() + " bytes: " + entry.reason();
    }

    private static int report(ReplayOutcome outcome, PrintStream out, PrintStream err) {
        return switch (outcome) {
            case ReplayOutcome.Replayed(var id, var subject, var alreadyPublished) -> {
                out.println(alreadyPublished
                        ? "Dead letter #" + id + " had already been replayed on " + subject + "; removed it"
                        : "Replayed dead letter #" + id + " on " + subject + " and removed it");
                yield DONE;
            }
            case ReplayOutcome.NoSuchDeadLetter(var id) -> {
                err.println("No dead letter #" + id + " (never stored, already replayed, or expired)");
                yield NOT_DONE;
            }
            case ReplayOutcome.Refused(var id, var reason) -> {
                err.println("Refused to replay dead letter #" + id + ": " + reason);
                yield NOT_DONE;
            }
        };
    }

    /** The server without any credentials a URL might carry. */
    private static String where(NatsSettings nats) {
        return nats.url().getScheme() + "://" + nats.url().getHost() + ":" + nats.url().getPort();
    }
}

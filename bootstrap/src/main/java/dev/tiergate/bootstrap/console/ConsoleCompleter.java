package dev.tiergate.bootstrap.console;

import dev.tiergate.domain.command.CommandCatalog;
import dev.tiergate.domain.command.CommandOption;
import dev.tiergate.domain.command.OptionChoice;
import dev.tiergate.domain.command.SlashCommand;
import java.util.List;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion as Discord's client offers it: command, sub-command and option names and fixed
 * choices from {@link CommandCatalog}; for an option that takes autocomplete, a real autocomplete
 * interaction is sent and the choices the service answers with are offered.
 */
final class ConsoleCompleter implements Completer {

    /** Sends an autocomplete interaction for the line typed so far, as the member the console speaks as. */
    interface Suggester {
        Optional<Reply> suggest(String lineSoFar) throws InterruptedException;
    }

    private final Suggester suggester;

    ConsoleCompleter(Suggester suggester) {
        this.suggester = suggester;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        String word = line.word().substring(0, line.wordCursor());
        if (index == 0) {
            CommandCatalog.TIERGATE.forEach(command -> candidates.add(done("/" + command.name(), command.description())));
            return;
        }
        Optional<SlashCommand> command = CommandCatalog.find(words.get(0).replaceFirst("^/", ""));
        if (command.isEmpty()) {
            return;
        }
        List<CommandOption> subcommands = command.get().options().stream().filter(o -> o.type().isSubCommand()).toList();
        if (index == 1 && !subcommands.isEmpty() && !word.contains(":")) {
            subcommands.forEach(sub -> candidates.add(done(sub.name(), sub.description())));
            return;
        }
        List<CommandOption> options = subcommands.isEmpty() ? command.get().options()
                : subcommands.stream().filter(sub -> words.size() > 1 && sub.name().equals(words.get(1)))
                        .findFirst().map(CommandOption::options).orElse(List.of());
        int colon = word.indexOf(':');
        if (colon < 0) {
            options.forEach(option -> candidates.add(partial(option.name() + ":", option.description())));
            return;
        }
        String name = word.substring(0, colon);
        options.stream().filter(option -> option.name().equals(name)).findFirst()
                .ifPresent(option -> values(option, line.line().substring(0, line.cursor()), candidates));
    }

    private void values(CommandOption option, String lineSoFar, List<Candidate> candidates) {
        for (OptionChoice choice : option.choices()) {
            candidates.add(done(option.name() + ":" + choice.value(), choice.name()));
        }
        if (!option.autocomplete()) {
            return;
        }
        try {
            suggester.suggest(lineSoFar).ifPresent(reply -> {
                if (reply instanceof Reply.Suggestions suggestions) {
                    suggestions.choices().forEach(choice ->
                            candidates.add(done(option.name() + ":" + choice.value(), choice.name())));
                }
            });
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Candidate done(String value, String description) {
        return new Candidate(value, value, null, description, null, null, true);
    }

    private static Candidate partial(String value, String description) {
        return new Candidate(value, value, null, description, null, null, false);
    }
}

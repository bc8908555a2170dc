package dev.tiergate.domain.command;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.List;
import java.util.stream.Stream;

/**
 * A slash command as members see it in a guild: its name, a short description and its options;
 * {@code adminOnly} hides it from members who cannot manage the guild. Constructing one checks every
 * Discord limit, including the 4,000 characters of text a command may carry in all.
 */
public record SlashCommand(String name, String description, List<CommandOption> options, boolean adminOnly) {

    public static final int TEXT_LIMIT = 4000;

    public SlashCommand {
        CommandText.name("command name", name);
        CommandText.description("command " + name + " description", description);
        options = CommandText.options("command " + name, options);
        int text = name.length() + description.length() + options.stream().mapToInt(SlashCommand::textLength).sum();
        if (text > TEXT_LIMIT) {
            throw new InvalidFieldException("command " + name, "carries " + text + " characters of text, more than "
                    + TEXT_LIMIT);
        }
    }

    /** A command open to every member, with these options. */
    public static SlashCommand of(String name, String description, CommandOption... options) {
        return new SlashCommand(name, description, List.of(options), false);
    }

    /** A command only guild managers see, with these options. */
    public static SlashCommand forAdmins(String name, String description, CommandOption... options) {
        return new SlashCommand(name, description, List.of(options), true);
    }

    private static int textLength(CommandOption option) {
        return option.name().length() + option.description().length()
                + option.choices().stream().flatMap(choice -> Stream.of(choice.name(), choice.value()))
                        .mapToInt(String::length).sum()
                + option.options().stream().mapToInt(SlashCommand::textLength).sum();
    }
}

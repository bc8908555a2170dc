package dev.tiergate.domain.command;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.List;
import java.util.OptionalInt;

/**
 * One option of a slash command: a sub-command (holding its own options) or a value the member
 * enters, perhaps from fixed {@code choices} or with suggestions as they type ({@code autocomplete}),
 * never both. Constructing one checks every Discord limit on it.
 */
public record CommandOption(String name, String description, OptionType type, boolean required,
        boolean autocomplete, List<OptionChoice> choices, List<CommandOption> options, OptionalInt minLength,
        OptionalInt maxLength) {

    public static final int CHOICE_LIMIT = 25;
    public static final int STRING_LENGTH_LIMIT = 6000;

    public CommandOption {
        CommandText.name("option name", name);
        String owner = "option " + name;
        CommandText.description(owner + " description", description);
        if (type == null) {
            throw new InvalidFieldException(owner, "has no type");
        }
        choices = List.copyOf(choices);
        options = CommandText.options(owner, options);
        checkShape(owner, type, required, autocomplete, choices, options);
        checkLength(owner, type, minLength, maxLength);
    }

    /** A sub-command with its value options. */
    public static CommandOption subCommand(String name, String description, CommandOption... options) {
        return new CommandOption(name, description, OptionType.SUB_COMMAND, false, false, List.of(),
                List.of(options), OptionalInt.empty(), OptionalInt.empty());
    }

    /** An optional free-text option; refine it with the {@code with…} methods. */
    public static CommandOption text(String name, String description) {
        return new CommandOption(name, description, OptionType.STRING, false, false, List.of(), List.of(),
                OptionalInt.empty(), OptionalInt.empty());
    }

    /** The same option, which the member must fill in. */
    public CommandOption asRequired() {
        return new CommandOption(name, description, type, true, autocomplete, choices, options, minLength, maxLength);
    }

    /** The same option, with suggestions as the member types. */
    public CommandOption withAutocomplete() {
        return new CommandOption(name, description, type, required, true, choices, options, minLength, maxLength);
    }

    /** The same option, limited to these values. */
    public CommandOption withChoices(List<OptionChoice> values) {
        return new CommandOption(name, description, type, required, autocomplete, values, options, minLength,
                maxLength);
    }

    /** The same option, accepting {@code min} to {@code max} characters. */
    public CommandOption withLength(int min, int max) {
        return new CommandOption(name, description, type, required, autocomplete, choices, options,
                OptionalInt.of(min), OptionalInt.of(max));
    }

    private static void checkShape(String owner, OptionType type, boolean required, boolean autocomplete,
            List<OptionChoice> choices, List<CommandOption> options) {
        if (type.isSubCommand() && required) {
            throw new InvalidFieldException(owner, "is a sub-command and cannot be required");
        }
        if (!options.isEmpty() && !type.isSubCommand()) {
            throw new InvalidFieldException(owner, "holds options but is not a sub-command");
        }
        if (type == OptionType.SUB_COMMAND_GROUP
                && !options.stream().allMatch(option -> option.type() == OptionType.SUB_COMMAND)) {
            throw new InvalidFieldException(owner, "is a group and may hold only sub-commands");
        }
        if (type == OptionType.SUB_COMMAND && options.stream().anyMatch(option -> option.type().isSubCommand())) {
            throw new InvalidFieldException(owner, "is a sub-command and cannot hold further sub-commands");
        }
        if (!choices.isEmpty() && type != OptionType.STRING) {
            throw new InvalidFieldException(owner, "offers choices but is not a string option");
        }
        if (choices.size() > CHOICE_LIMIT) {
            throw new InvalidFieldException(owner, "offers more than " + CHOICE_LIMIT + " choices");
        }
        CommandText.unique(owner, choices, OptionChoice::name, "choice names");
        CommandText.unique(owner, choices, OptionChoice::value, "choice values");
        if (autocomplete && (!type.allowsAutocomplete() || !choices.isEmpty())) {
            throw new InvalidFieldException(owner, "autocompletes but is not a free string or number option");
        }
    }

    private static void checkLength(String owner, OptionType type, OptionalInt min, OptionalInt max) {
        if ((min.isPresent() || max.isPresent()) && type != OptionType.STRING) {
            throw new InvalidFieldException(owner, "limits length but is not a string option");
        }
        int lowest = min.orElse(0);
        int highest = max.orElse(STRING_LENGTH_LIMIT);
        if (lowest < 0 || highest < 1 || highest > STRING_LENGTH_LIMIT || lowest > highest) {
            throw new InvalidFieldException(owner, "length must satisfy 0 <= min <= max, 1 <= max <= "
                    + STRING_LENGTH_LIMIT);
        }
    }
}

package dev.tiergate.domain.command;

import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Discord's rules for the text of command definitions: names, descriptions and option lists. */
final class CommandText {

    static final int NAME_LIMIT = 32;
    static final int DESCRIPTION_LIMIT = 100;
    static final int OPTION_LIMIT = 25;
    private static final Pattern NAME = Pattern.compile("^[-_\\p{L}\\p{N}]{1,32}$");

    private CommandText() {
    }

    /** A command or option name: 1–32 letters, digits, '-' or '_', all lower case. */
    static String name(String field, String value) {
        if (value == null || !NAME.matcher(value).matches() || !value.equals(value.toLowerCase(Locale.ROOT))) {
            throw new InvalidFieldException(field, "'" + value + "' is not 1-32 lower-case letters, digits, - or _");
        }
        return value;
    }

    /** A description: 1–100 characters, not blank. */
    static String description(String field, String value) {
        return require(field, value, DESCRIPTION_LIMIT);
    }

    static String require(String field, String value, int limit) {
        if (value == null || value.isBlank() || value.length() > limit) {
            throw new InvalidFieldException(field, "must be 1 to " + limit + " characters");
        }
        return value;
    }

    /**
     * Checks one level of options as Discord does: at most 25, unique names, required before optional,
     * and sub-commands never mixed with value options.
     */
    static List<CommandOption> options(String owner, List<CommandOption> options) {
        List<CommandOption> copy = List.copyOf(options);
        if (copy.size() > OPTION_LIMIT) {
            throw new InvalidFieldException(owner, "has more than " + OPTION_LIMIT + " options");
        }
        unique(owner, copy, CommandOption::name, "option names");
        long branches = copy.stream().filter(option -> option.type().isSubCommand()).count();
        if (branches != 0 && branches != copy.size()) {
            throw new InvalidFieldException(owner, "mixes sub-commands with value options");
        }
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i).required() && !copy.get(i - 1).required()) {
                throw new InvalidFieldException(owner, "lists required option '" + copy.get(i).name()
                        + "' after an optional one");
            }
        }
        return copy;
    }

    static <T> void unique(String owner, List<T> items, Function<T, String> key, String what) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(key.apply(item))) {
                throw new InvalidFieldException(owner, "repeats " + what + " '" + key.apply(item) + "'");
            }
        }
    }
}

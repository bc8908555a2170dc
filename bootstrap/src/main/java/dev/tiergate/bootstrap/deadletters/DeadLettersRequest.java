package dev.tiergate.bootstrap.deadletters;

import dev.tiergate.application.port.in.deadletter.DeadLetterId;
import dev.tiergate.application.port.in.deadletter.ListDeadLettersQuery;
import dev.tiergate.application.port.in.deadletter.ReplayDeadLetterCommand;
import dev.tiergate.bootstrap.config.InvalidSettingException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the arguments after {@code dead-letters} ask for: a page of the list, or one replay. */
sealed interface DeadLettersRequest {

    /** {@code list [--after <id>] [--limit N]}. */
    record ListPage(ListDeadLettersQuery query) implements DeadLettersRequest {
    }

    /** {@code replay <id>}. */
    record Replay(ReplayDeadLetterCommand command) implements DeadLettersRequest {
    }

    /** Reads the arguments; throws {@link InvalidSettingException} naming the one that is wrong. */
    static DeadLettersRequest parse(List<String> args) {
        if (args.isEmpty()) {
            throw new InvalidSettingException("arguments", "must start with list or replay");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.getFirst()) {
            case "list" -> listPage(rest);
            case "replay" -> {
                if (rest.size() != 1) {
                    throw new InvalidSettingException("replay", "takes exactly one dead letter id");
                }
                yield new Replay(new ReplayDeadLetterCommand(id("replay", rest.getFirst())));
            }
            default -> throw new InvalidSettingException("arguments", "must start with list or replay");
        };
    }

    private static ListPage listPage(List<String> options) {
        if (options.size() % 2 != 0) {
            throw new InvalidSettingException("list", "options are --after <id> and --limit <n>, each with a value");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < options.size(); i += 2) {
            String name = options.get(i);
            if (!name.equals("--after") && !name.equals("--limit")) {
                throw new InvalidSettingException(name, "is not an option of list (--after <id>, --limit <n>)");
            }
            if (values.put(name, options.get(i + 1)) != null) {
                throw new InvalidSettingException(name, "is given twice");
            }
        }
        Optional<DeadLetterId> after = Optional.ofNullable(values.get("--after")).map(value -> id("--after", value));
        int limit = Optional.ofNullable(values.get("--limit")).map(DeadLettersRequest::limit)
                .orElse(ListDeadLettersQuery.DEFAULT_LIMIT);
        return new ListPage(new ListDeadLettersQuery(after, limit));
    }

    private static DeadLetterId id(String name, String value) {
        try {
            long sequence = Long.parseLong(value);
            if (sequence >= 1) {
                return new DeadLetterId(sequence);
            }
        } catch (NumberFormatException notANumber) {
            // Reported below, like any other value out of range.
        }
        throw new InvalidSettingException(name, "must be a dead letter id (a positive number)");
    }

    private static int limit(String value) {
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= ListDeadLettersQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below, like any other value out of range.
        }
        throw new InvalidSettingException("--limit", "must be a number from 1 to " + ListDeadLettersQuery.MAX_LIMIT);
    }
}

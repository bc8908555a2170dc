package dev.tiergate.application.port.out.interaction;

import java.util.List;

/**
 * A platform-neutral answer: a titled card with fields. The Discord adapter renders it as an
 * embed within Discord's limits; {@code ephemeral} shows it to the asking member only.
 */
public record Reply(String title, String description, List<ReplyField> fields, boolean ephemeral) {

    public Reply {
        fields = List.copyOf(fields);
    }

    /** A short notice with no fields, shown only to the asker. */
    public static Reply notice(String title, String description) {
        return new Reply(title, description, List.of(), true);
    }
}

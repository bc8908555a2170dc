package dev.tiergate.application.port.out.interaction;

import java.util.List;

/**
 * A platform-neutral answer: a titled card with fields and, below it, rows of buttons or menus.
 * The Discord adapter renders it within Discord's limits; {@code ephemeral} shows it to the asking
 * member only.
 */
public record Reply(String title, String description, List<ReplyField> fields, List<ComponentRow> rows,
        boolean ephemeral) {

    public Reply {
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
        if (rows.size() > ComponentRow.MAX_ROWS) {
            throw new IllegalArgumentException("a reply has at most " + ComponentRow.MAX_ROWS + " component rows");
        }
    }

    /** A card without buttons or menus. */
    public Reply(String title, String description, List<ReplyField> fields, boolean ephemeral) {
        this(title, description, fields, List.of(), ephemeral);
    }

    /** A short notice with no fields, shown only to the asker. */
    public static Reply notice(String title, String description) {
        return new Reply(title, description, List.of(), true);
    }
}

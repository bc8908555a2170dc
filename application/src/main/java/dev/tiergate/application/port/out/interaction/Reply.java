package dev.tiergate.application.port.out.interaction;

import java.util.List;
import java.util.Optional;

/**
 * A platform-neutral answer: a titled card with fields, perhaps a small picture (an https URL, such
 * as a member's avatar) and, below it, rows of buttons or menus. The Discord adapter renders it
 * within Discord's limits; {@code ephemeral} shows it to the asking member only.
 */
public record Reply(String title, String description, List<ReplyField> fields, List<ComponentRow> rows,
        boolean ephemeral, Optional<String> thumbnailUrl) {

    public Reply {
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
        if (rows.size() > ComponentRow.MAX_ROWS) {
            throw new IllegalArgumentException("a reply has at most " + ComponentRow.MAX_ROWS + " component rows");
        }
        thumbnailUrl = thumbnailUrl.filter(url -> url.startsWith("https://"));
    }

    /** A card without a picture. */
    public Reply(String title, String description, List<ReplyField> fields, List<ComponentRow> rows,
            boolean ephemeral) {
        this(title, description, fields, rows, ephemeral, Optional.empty());
    }

    /** A card without buttons or menus. */
    public Reply(String title, String description, List<ReplyField> fields, boolean ephemeral) {
        this(title, description, fields, List.of(), ephemeral);
    }

    /** This card with {@code url} as its picture, when it is an https URL. */
    public Reply withThumbnail(Optional<String> url) {
        return new Reply(title, description, fields, rows, ephemeral, url);
    }

    /** A short notice with no fields, shown only to the asker. */
    public static Reply notice(String title, String description) {
        return new Reply(title, description, List.of(), true);
    }
}

package dev.tiergate.adapter.out.discord;

import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.interaction.ReplyField;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Reply} as one Discord embed within Discord's embed limits, cutting from the end
 * and marking every cut as {@link DiscordText} does.
 */
final class EmbedRenderer {

    static final int TITLE_LIMIT = 256;
    static final int DESCRIPTION_LIMIT = 4096;
    static final int FIELD_COUNT_LIMIT = 25;
    static final int FIELD_NAME_LIMIT = 256;
    static final int FIELD_VALUE_LIMIT = 1024;
    static final int TOTAL_LIMIT = 6000;
    static final int URL_LIMIT = 2048;
    static final int COLOUR = 0xE8A33D;

    DiscordEmbed render(Reply reply) {
        String title = DiscordText.optional(reply.title(), TITLE_LIMIT);
        String description = DiscordText.optional(reply.description(), DESCRIPTION_LIMIT);
        List<ReplyField> wanted = reply.fields();
        if (title == null && description == null && wanted.isEmpty()) {
            description = DiscordText.EMPTY_TEXT; // Discord rejects an embed with nothing in it.
        }
        // Title and description use at most 4,352 of the 6,000, so the first field (at most 1,280) always fits.
        int budget = TOTAL_LIMIT - length(title) - length(description);
        List<DiscordEmbed.Field> fields = new ArrayList<>();
        boolean dropped = wanted.size() > FIELD_COUNT_LIMIT;
        for (ReplyField field : wanted.subList(0, Math.min(wanted.size(), FIELD_COUNT_LIMIT))) {
            String name = DiscordText.required(field.name(), FIELD_NAME_LIMIT);
            String value = DiscordText.required(field.value(), FIELD_VALUE_LIMIT);
            int room = budget - name.length();
            if (value.length() <= room) {
                fields.add(new DiscordEmbed.Field(name, value, field.inline()));
                budget -= name.length() + value.length();
                continue;
            }
            if (room > DiscordText.ELLIPSIS.length()) {
                fields.add(new DiscordEmbed.Field(name, DiscordText.cut(value, room), field.inline()));
                return new DiscordEmbed(title, description, COLOUR, fields, thumbnail(reply));
            }
            dropped = true;
            break;
        }
        if (dropped) {
            markLast(fields, budget);
        }
        return new DiscordEmbed(title, description, COLOUR, fields, thumbnail(reply));
    }

    /** Discord refuses an embed whose picture URL is longer than it accepts; such a picture is left out. */
    private static DiscordEmbed.Image thumbnail(Reply reply) {
        return reply.thumbnailUrl().filter(url -> url.length() <= URL_LIMIT).map(DiscordEmbed.Image::new).orElse(null);
    }

    /** Appends the ellipsis to the last kept field when there is room, else lets it replace the last character. */
    private static void markLast(List<DiscordEmbed.Field> fields, int budget) {
        int last = fields.size() - 1;
        DiscordEmbed.Field field = fields.get(last);
        String value = field.value();
        String marked = value.length() < FIELD_VALUE_LIMIT && budget >= DiscordText.ELLIPSIS.length()
                ? value + DiscordText.ELLIPSIS
                : DiscordText.cut(value, value.length());
        fields.set(last, new DiscordEmbed.Field(field.name(), marked, field.inline()));
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}

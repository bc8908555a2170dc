package dev.tiergate.adapter.out.discord;

import java.util.List;

/** Discord's wire form of one rich embed; a null title, description or thumbnail is left out of the JSON. */
record DiscordEmbed(String title, String description, int color, List<Field> fields, Image thumbnail) {

    DiscordEmbed {
        fields = List.copyOf(fields);
    }

    /** An embed picture by URL; null when the embed has none. */
    record Image(String url) {
    }

    /** One embed field as Discord reads it; name and value are never empty. */
    record Field(String name, String value, boolean inline) {
    }
}

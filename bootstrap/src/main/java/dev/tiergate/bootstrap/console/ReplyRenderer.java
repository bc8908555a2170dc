package dev.tiergate.bootstrap.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a Discord message the service sent into terminal text, as Discord would lay it out: content,
 * then each embed's title, description, {@code name: value} fields, colour and footer, then the buttons
 * ({@code [1] Next ▸}) and menus (each option numbered) that can be picked by typing their number.
 * Markdown markers are dropped and escapes undone, since a terminal shows them literally.
 */
final class ReplyRenderer {

    private static final int BUTTON = 2;
    private static final int STRING_SELECT = 3;
    private static final String RULE = "─".repeat(3);
    /** Discord markdown a terminal does not render: bold, italics and underline markers, inline code ticks. */
    private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([\\\\*_`~|>])");

    private ReplyRenderer() {
    }

    static RenderedReply render(JsonNode message, boolean ephemeral) {
        List<String> lines = new ArrayList<>();
        if (ephemeral) {
            lines.add("(only you can see this)");
        }
        addText(lines, "", message.path("content").asText());
        for (JsonNode embed : message.path("embeds")) {
            embed(lines, embed);
        }
        List<Choice> choices = new ArrayList<>();
        for (JsonNode row : message.path("components")) {
            lines.add(controls(row, choices));
        }
        if (lines.isEmpty() || ephemeral && lines.size() == 1) {
            lines.add("(an empty message)");
        }
        return new RenderedReply(String.join(System.lineSeparator(), lines), choices);
    }

    private static void embed(List<String> lines, JsonNode embed) {
        String title = embed.path("title").asText();
        if (!title.isBlank()) {
            lines.add(RULE + " " + plain(title.strip()) + " " + RULE);
        }
        addText(lines, "", embed.path("description").asText());
        for (JsonNode field : embed.path("fields")) {
            String value = field.path("value").asText().strip();
            String name = plain(field.path("name").asText().strip());
            if (value.contains("\n")) {
                lines.add("  " + name + ":");
                addText(lines, "    ", value);
            } else {
                lines.add("  " + name + ": " + plain(value));
            }
        }
        if (embed.has("color")) {
            lines.add("  colour " + colour(embed.path("color").asInt()));
        }
        addText(lines, "  ", embed.path("footer").path("text").asText());
    }

    /** One row of controls on one line; every enabled button and menu option gets the next number. */
    private static String controls(JsonNode row, List<Choice> choices) {
        List<String> parts = new ArrayList<>();
        for (JsonNode control : row.path("components")) {
            String customId = control.path("custom_id").asText();
            if (control.path("type").asInt() == STRING_SELECT) {
                List<String> options = new ArrayList<>();
                for (JsonNode option : control.path("options")) {
                    String label = option.path("label").asText() + (option.path("default").asBoolean() ? " ✓" : "");
                    options.add(numbered(choices, customId, Optional.of(option.path("value").asText()), label));
                }
                String many = control.path("max_values").asInt(1) > 1 ? " (pick one or more: 3 4)" : "";
                parts.add("▾ " + control.path("placeholder").asText("choose") + many + ": "
                        + String.join("  ", options));
            } else if (control.path("type").asInt() == BUTTON) {
                String label = control.path("label").asText() + (control.path("style").asInt() == 1 ? " ✓" : "");
                parts.add(control.path("disabled").asBoolean() || customId.isEmpty() ? "[-] " + label + " (disabled)"
                        : numbered(choices, customId, Optional.empty(), label));
            }
        }
        return String.join("  ", parts);
    }

    private static String numbered(List<Choice> choices, String customId, Optional<String> value, String label) {
        Choice choice = new Choice(choices.size() + 1, customId, value, label);
        choices.add(choice);
        return "[" + choice.number() + "] " + label;
    }

    private static String plain(String markdown) {
        return ESCAPED.matcher(MARKUP.matcher(markdown).replaceAll("")).replaceAll("$1");
    }

    private static String colour(int rgb) {
        return String.format(Locale.ROOT, "#%06X", rgb & 0xFFFFFF);
    }

    private static void addText(List<String> lines, String indent, String text) {
        for (String line : text.strip().split("\\R")) {
            if (!line.isBlank()) {
                lines.add(indent + plain(line.stripTrailing()));
            }
        }
    }
}

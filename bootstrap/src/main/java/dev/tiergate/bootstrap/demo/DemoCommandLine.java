package dev.tiergate.bootstrap.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tiergate.domain.command.CommandCatalog;
import dev.tiergate.domain.command.OptionType;
import dev.tiergate.domain.command.SlashCommand;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A slash command typed as in Discord ({@code /leaderboard tiers}, {@code /profile view nym:paul},
 * {@code /admin-badge award nym:paul badge:helper reason:answers questions}) turned into the routing
 * fields the gateway sends, checked against {@link CommandCatalog}; or {@code click <custom_id>
 * [value…]} for a button or menu of an earlier reply. Empty when the line names no command.
 */
final class DemoCommandLine {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code name:value}, the value running to the next {@code name:} or the end. */
    private static final Pattern OPTION = Pattern.compile("([a-z_-]+):(.*?)(?=\\s+[a-z_-]+:|$)");

    private DemoCommandLine() {
    }

    /** The interaction type and routing fields for the line. */
    record Routing(String interactionType, ObjectNode fields) {
    }

    static Optional<Routing> parse(String line) {
        String text = line.strip();
        if (text.startsWith("click ")) {
            return click(text.substring("click ".length()).strip().split("\\s+"));
        }
        String[] words = text.replaceFirst("^/", "").split("\\s+", 2);
        Optional<SlashCommand> command = CommandCatalog.find(words[0]);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode fields = JSON.createObjectNode().put("command_name", words[0]);
        String rest = words.length > 1 ? words[1].strip() : "";
        boolean hasSubcommands = command.get().options().stream().anyMatch(o -> o.type() == OptionType.SUB_COMMAND);
        if (hasSubcommands && !rest.isEmpty() && !rest.split("\\s+")[0].contains(":")) {
            String[] sub = rest.split("\\s+", 2);
            fields.put("subcommand", sub[0]);
            rest = sub.length > 1 ? sub[1] : "";
        }
        ObjectNode options = fields.putObject("options");
        Matcher option = OPTION.matcher(rest);
        while (option.find()) {
            options.put(option.group(1), option.group(2).strip());
        }
        // The demo member is the demo community's admin, as the guild owner would be.
        fields.put("member_permissions", "8");
        return Optional.of(new Routing("ApplicationCommand", fields));
    }

    private static Optional<Routing> click(String[] words) {
        if (words.length == 0 || words[0].isEmpty()) {
            return Optional.empty();
        }
        ObjectNode fields = JSON.createObjectNode().put("custom_id", words[0]);
        var values = fields.putArray("values");
        for (int i = 1; i < words.length; i++) {
            values.add(words[i]);
        }
        return Optional.of(new Routing("MessageComponent", fields));
    }
}

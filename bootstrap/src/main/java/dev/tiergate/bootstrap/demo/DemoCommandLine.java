package dev.tiergate.bootstrap.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tiergate.domain.command.CommandCatalog;
import dev.tiergate.domain.command.OptionType;
import dev.tiergate.domain.command.SlashCommand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A slash command typed as in Discord ({@code /leaderboard tiers}, {@code /profile view nym:paul},
 * {@code /admin-badge award nym:paul badge:helper reason:answers questions}) turned into the routing
 * fields the gateway sends, checked against {@link CommandCatalog}; or {@code click <custom_id>
 * [value…]} for a button or menu of an earlier reply. Empty when the line names no command. The
 * demo command and the console both read what the user typed through it.
 */
public final class DemoCommandLine {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code name:value}, the value running to the next {@code name:} or the end. */
    private static final Pattern OPTION = Pattern.compile("([a-z_-]+):(.*?)(?=\\s+[a-z_-]+:|$)");

    private DemoCommandLine() {
    }

    /** The interaction type and routing fields for the line. */
    public record Routing(String interactionType, ObjectNode fields) {
    }

    /** The line as the demo admin types it. */
    public static Optional<Routing> parse(String line) {
        return parse(line, DemoCommunity.ADMIN_PERMISSIONS);
    }

    /** The line as a member whose interactions carry these {@code permissions} (a decimal bitfield) types it. */
    public static Optional<Routing> parse(String line, String permissions) {
        String text = line.strip();
        if (text.startsWith("click ")) {
            return click(text.substring("click ".length()).strip().split("\\s+"));
        }
        return command(text, permissions).map(fields -> new Routing("ApplicationCommand", fields));
    }

    /**
     * The autocomplete request Discord sends while the user types the last option of {@code partialLine}
     * (e.g. {@code /admin-badge award nym:ja}); empty when the line names no command or no option yet.
     */
    public static Optional<Routing> autocomplete(String partialLine, String permissions) {
        return command(partialLine.strip(), permissions).flatMap(fields -> {
            List<String> names = new ArrayList<>();
            fields.path("options").fieldNames().forEachRemaining(names::add);
            Matcher option = OPTION.matcher(partialLine);
            String focused = null;
            while (option.find()) {
                focused = option.group(1);
            }
            if (focused == null || !names.contains(focused)) {
                return Optional.empty();
            }
            return Optional.of(new Routing("ApplicationCommandAutocomplete", fields.put("focused", focused)));
        });
    }

    /** A click on the button or menu {@code customId} of an earlier reply, with the chosen menu values. */
    public static Routing click(String customId, List<String> values) {
        ObjectNode fields = JSON.createObjectNode().put("custom_id", customId);
        values.forEach(fields.putArray("values")::add);
        return new Routing("MessageComponent", fields);
    }

    private static Optional<ObjectNode> command(String text, String permissions) {
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
        fields.put("member_permissions", permissions);
        return Optional.of(fields);
    }

    private static Optional<Routing> click(String[] words) {
        if (words.length == 0 || words[0].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(click(words[0], Arrays.asList(words).subList(1, words.length)));
    }
}

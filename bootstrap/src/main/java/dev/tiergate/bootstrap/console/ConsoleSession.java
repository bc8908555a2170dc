package dev.tiergate.bootstrap.console;

import dev.tiergate.bootstrap.demo.DemoCommandLine;
import dev.tiergate.bootstrap.demo.DemoCommunity.DemoMember;
import dev.tiergate.domain.command.CommandCatalog;
import dev.tiergate.domain.command.CommandOption;
import dev.tiergate.domain.command.SlashCommand;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/**
 * One conversation at the console: pick a member, then read slash commands, numbers (a button or menu
 * option of the last reply), {@code member}, {@code help} and {@code quit}, until the user leaves.
 */
final class ConsoleSession {

    private final LineReader reader;
    private final PrintWriter out;
    private final InteractionChannel channel;
    private final MemberPicker picker = new MemberPicker();
    private DemoMember member;
    private List<Choice> choices = List.of();

    ConsoleSession(LineReader reader, PrintWriter out, InteractionChannel channel) {
        this.reader = reader;
        this.out = out;
        this.channel = channel;
    }

    /** The member the console speaks as, for the completer's autocomplete requests. */
    DemoMember member() {
        return member;
    }

    /** Runs until quit, exit or end of input; {@code chosen} skips the question when given. */
    void run(Optional<DemoMember> chosen) throws InterruptedException {
        if (chosen.isPresent()) {
            speakAs(chosen.get());
        } else if (!pickMember()) {
            return;
        }
        out.println("Type a slash command as in Discord (Tab completes), a number to press a button, help, member"
                + " or quit.");
        while (true) {
            Optional<String> line = read(prompt());
            if (line.isEmpty()) {
                return;
            }
            String text = line.get().strip();
            switch (text) {
                case "" -> {
                }
                case "quit", "exit" -> {
                    return;
                }
                case "help" -> help();
                case "member" -> {
                    if (!pickMember()) {
                        return;
                    }
                }
                default -> act(text);
            }
        }
    }

    private void act(String text) throws InterruptedException {
        if (text.matches("\\d+(\\s+\\d+)*")) {
            press(text);
            return;
        }
        Optional<DemoCommandLine.Routing> routing = DemoCommandLine.parse(text, member.permissions());
        if (routing.isEmpty()) {
            out.println("'" + text + "' is not a Tiergate command; type help for the list.");
            return;
        }
        show(channel.send(member.userId(), routing.get()));
    }

    /** One number presses a button or picks a menu option; several pick several options of one menu. */
    private void press(String text) throws InterruptedException {
        List<Choice> picked = new ArrayList<>();
        for (String number : text.split("\\s+")) {
            int n = Integer.parseInt(number);
            if (n < 1 || n > choices.size()) {
                out.println(choices.isEmpty() ? "The last reply has nothing to press."
                        : "Choose between 1 and " + choices.size() + ".");
                return;
            }
            picked.add(choices.get(n - 1));
        }
        String customId = picked.getFirst().customId();
        if (picked.size() > 1 && !picked.stream().allMatch(c -> c.isMenuOption() && c.customId().equals(customId))) {
            out.println("Several numbers must be options of the same menu.");
            return;
        }
        List<String> values = picked.stream().flatMap(c -> c.value().stream()).toList();
        out.println("(" + picked.stream().map(Choice::label).collect(Collectors.joining(", ")) + ")");
        show(channel.send(member.userId(), DemoCommandLine.click(customId, values)));
    }

    private void show(Reply reply) {
        switch (reply) {
            case Reply.Message message -> {
                RenderedReply rendered = ReplyRenderer.render(message.message(), message.ephemeral());
                out.println(rendered.text());
                choices = rendered.choices();
            }
            case Reply.Suggestions suggestions -> out.println("Suggestions: " + suggestions.choices().stream()
                    .map(Reply.Suggestion::name).collect(Collectors.joining(", ")));
            case Reply.Missing missing -> out.println("No reply: " + missing.why());
        }
        out.flush();
    }

    private boolean pickMember() {
        picker.list(out);
        while (true) {
            Optional<String> answer = read("member> ");
            if (answer.isEmpty() || answer.get().strip().equals("quit") || answer.get().strip().equals("exit")) {
                return false;
            }
            Optional<DemoMember> picked = picker.pick(answer.get());
            if (picked.isPresent()) {
                speakAs(picked.get());
                return true;
            }
            out.println("No demo member '" + answer.get().strip() + "': type a number from the list or a nym.");
        }
    }

    private void speakAs(DemoMember chosen) {
        member = chosen;
        choices = List.of();
        out.println("Speaking as " + MemberPicker.describe(chosen) + ", user id " + chosen.userId().value() + ".");
    }

    private void help() {
        out.println("Slash commands (as registered with Discord):");
        for (SlashCommand command : CommandCatalog.TIERGATE) {
            List<CommandOption> subcommands = command.options().stream().filter(o -> o.type().isSubCommand()).toList();
            if (subcommands.isEmpty()) {
                out.println("  /" + command.name() + options(command.options()) + "  " + command.description()
                        + (command.adminOnly() ? " (admins)" : ""));
            }
            for (CommandOption sub : subcommands) {
                out.println("  /" + command.name() + " " + sub.name() + options(sub.options()) + "  "
                        + sub.description() + (command.adminOnly() ? " (admins)" : ""));
            }
        }
        out.println("Options are typed name:value, e.g. /admin-badge award nym:chani badge:helper reason:kind words;"
                + " Tab completes names and values.");
        out.println("A number presses that button or picks that menu option of the last reply (several numbers pick"
                + " several options of one menu).");
        out.println("member switches member; quit, exit or Ctrl-D leaves.");
    }

    private static String options(List<CommandOption> options) {
        return options.stream().map(o -> o.required() ? " " + o.name() + ":…" : " [" + o.name() + ":…]")
                .collect(Collectors.joining());
    }

    private String prompt() {
        return member.username() + "> ";
    }

    private Optional<String> read(String prompt) {
        try {
            return Optional.of(reader.readLine(prompt));
        } catch (EndOfFileException | UserInterruptException end) {
            return Optional.empty();
        }
    }
}

package dev.tiergate.adapter.out.discord;

import dev.tiergate.domain.command.CommandOption;
import dev.tiergate.domain.command.SlashCommand;
import java.util.List;

/**
 * One element of the bulk-overwrite body: Discord's application-command object for a chat-input
 * (slash) command. {@code dm_permission} and {@code contexts} exist only for global commands (a guild
 * command lives in its guild anyway), so they are sent, guild-only, with global overwrites alone.
 */
record ApplicationCommandRequest(String name, String description, int type, List<Option> options,
        String defaultMemberPermissions, Boolean dmPermission, List<Integer> contexts) {

    static final int CHAT_INPUT = 1;
    /** The Manage Guild permission bit (0x20), as the decimal string Discord expects. */
    static final String MANAGE_GUILD = "32";
    static final int GUILD_CONTEXT = 0;

    static ApplicationCommandRequest from(SlashCommand command, boolean global) {
        return new ApplicationCommandRequest(command.name(), command.description(), CHAT_INPUT,
                Option.all(command.options()), command.adminOnly() ? MANAGE_GUILD : null,
                global ? Boolean.FALSE : null, global ? List.of(GUILD_CONTEXT) : null);
    }

    /** An option as Discord reads it; false flags, empty lists and absent lengths are left out. */
    record Option(int type, String name, String description, Boolean required, Boolean autocomplete,
            List<DiscordChoice> choices, List<Option> options, Integer minLength, Integer maxLength) {

        static List<Option> all(List<CommandOption> options) {
            return options.isEmpty() ? null : options.stream().map(Option::from).toList();
        }

        static Option from(CommandOption option) {
            return new Option(option.type().code(), option.name(), option.description(),
                    option.required() ? Boolean.TRUE : null, option.autocomplete() ? Boolean.TRUE : null,
                    option.choices().isEmpty() ? null : option.choices().stream()
                            .map(choice -> new DiscordChoice(choice.name(), choice.value())).toList(),
                    all(option.options()),
                    option.minLength().isPresent() ? option.minLength().getAsInt() : null,
                    option.maxLength().isPresent() ? option.maxLength().getAsInt() : null);
        }
    }
}

package dev.tiergate.application.port.out.registration;

import dev.tiergate.domain.command.SlashCommand;
import dev.tiergate.domain.community.CommunityId;
import java.util.List;
import java.util.Optional;

/**
 * The platform's list of slash commands, for one guild or global when {@code guild} is empty; an
 * overwrite replaces the whole list, so afterwards it holds exactly {@code commands}. Throws
 * {@link CommandsNotRegisteredException}.
 */
public interface CommandRegistryPort {

    void overwrite(Optional<CommunityId> guild, List<SlashCommand> commands);
}

package dev.tiergate.application.service.registration;

import dev.tiergate.application.port.in.registration.RegisterCommandsCommand;
import dev.tiergate.application.port.in.registration.RegisterCommandsUseCase;
import dev.tiergate.application.port.in.registration.RegisteredCommands;
import dev.tiergate.application.port.out.registration.CommandRegistryPort;
import dev.tiergate.domain.command.CommandCatalog;
import dev.tiergate.domain.command.SlashCommand;

/** Overwrites the platform's command list with {@link CommandCatalog#TIERGATE}, the same definitions the router uses. */
public final class RegisterCommandsService implements RegisterCommandsUseCase {

    private final CommandRegistryPort registry;

    public RegisterCommandsService(CommandRegistryPort registry) {
        this.registry = registry;
    }

    @Override
    public RegisteredCommands registerCommands(RegisterCommandsCommand command) {
        registry.overwrite(command.guild(), CommandCatalog.TIERGATE);
        return new RegisteredCommands(command.guild(), CommandCatalog.TIERGATE.stream().map(SlashCommand::name).toList());
    }
}

package dev.tiergate.application.port.in.registration;

/**
 * Replaces the slash commands Discord shows with Tiergate's catalog in one bulk overwrite, so commands
 * no longer in the catalog disappear and the router and Discord always agree.
 */
public interface RegisterCommandsUseCase {

    RegisteredCommands registerCommands(RegisterCommandsCommand command);
}

package dev.tiergate.application.service.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.application.port.in.registration.RegisterCommandsCommand;
import dev.tiergate.application.port.in.registration.RegisteredCommands;
import dev.tiergate.application.port.out.registration.CommandRegistryPort;
import dev.tiergate.application.port.out.registration.CommandsNotRegisteredException;
import dev.tiergate.domain.command.CommandCatalog;
import dev.tiergate.domain.command.SlashCommand;
import dev.tiergate.domain.community.CommunityId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catalog goes to the registry in one overwrite, for the guild asked or globally. */
class RegisterCommandsServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");

    /** Keeps each overwrite as the platform would hold it afterwards. */
    private static final class RecordingRegistry implements CommandRegistryPort {
        final List<Optional<CommunityId>> scopes = new ArrayList<>();
        final List<List<SlashCommand>> lists = new ArrayList<>();

        @Override
        public void overwrite(Optional<CommunityId> guild, List<SlashCommand> commands) {
            scopes.add(guild);
            lists.add(commands);
        }
    }

    private final RecordingRegistry registry = new RecordingRegistry();
    private final RegisterCommandsService service = new RegisterCommandsService(registry);

    @Test
    void overwritesOneGuildWithTheWholeCatalogAndReportsItsNames() {
        RegisteredCommands result = service.registerCommands(new RegisterCommandsCommand(Optional.of(GUILD)));

        assertThat(registry.scopes).containsExactly(Optional.of(GUILD));
        assertThat(registry.lists).containsExactly(CommandCatalog.TIERGATE);
        assertThat(result.guild()).hasValue(GUILD);
        assertThat(result.count()).isEqualTo(CommandCatalog.TIERGATE.size());
        assertThat(result.names()).contains("profile", "admin-badge").doesNotHaveDuplicates();
    }

    @Test
    void withoutAGuildOverwritesTheGlobalList() {
        RegisteredCommands result = service.registerCommands(new RegisterCommandsCommand(Optional.empty()));

        assertThat(registry.scopes).containsExactly(Optional.empty());
        assertThat(result.guild()).isEmpty();
    }

    @Test
    void aRefusalReachesTheCallerUnchanged() {
        CommandRegistryPort refusing = (guild, commands) -> {
            throw new CommandsNotRegisteredException("HTTP 401");
        };

        assertThatThrownBy(() -> new RegisterCommandsService(refusing)
                .registerCommands(new RegisterCommandsCommand(Optional.empty())))
                .isInstanceOf(CommandsNotRegisteredException.class).hasMessage("HTTP 401");
    }
}

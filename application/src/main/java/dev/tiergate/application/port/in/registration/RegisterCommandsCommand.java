package dev.tiergate.application.port.in.registration;

import dev.tiergate.domain.community.CommunityId;
import java.util.Objects;
import java.util.Optional;

/** Registers Tiergate's commands for one guild (seen there at once) or, when {@code guild} is empty, globally. */
public record RegisterCommandsCommand(Optional<CommunityId> guild) {

    public RegisterCommandsCommand {
        Objects.requireNonNull(guild, "guild");
    }
}

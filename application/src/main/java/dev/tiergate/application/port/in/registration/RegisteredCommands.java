package dev.tiergate.application.port.in.registration;

import dev.tiergate.domain.community.CommunityId;
import java.util.List;
import java.util.Optional;

/** What Discord now holds: the names of the registered commands and where (one guild, or global when empty). */
public record RegisteredCommands(Optional<CommunityId> guild, List<String> names) {

    public RegisteredCommands {
        names = List.copyOf(names);
    }

    public int count() {
        return names.size();
    }
}

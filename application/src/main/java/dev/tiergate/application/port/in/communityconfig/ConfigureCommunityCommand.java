package dev.tiergate.application.port.in.communityconfig;

import dev.tiergate.domain.community.CommunityId;
import java.util.List;
import java.util.Objects;

/** Changes some of a community's rules at once: all of {@code changes} apply, or none does. */
public record ConfigureCommunityCommand(CommunityId communityId, List<ConfigChange> changes) {

    public ConfigureCommunityCommand {
        Objects.requireNonNull(communityId, "communityId");
        changes = List.copyOf(changes);
    }
}

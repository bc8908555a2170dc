package dev.tiergate.application.port.in.community;

import dev.tiergate.domain.community.CommunityId;
import java.time.Instant;
import java.util.Objects;

/**
 * The bot lost a guild at {@code at} (gateway time); {@code unavailable} means a Discord outage, not a
 * removal.
 */
public record LeaveCommunityCommand(CommunityId communityId, boolean unavailable, Instant at) {

    public LeaveCommunityCommand {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(at, "at");
    }
}

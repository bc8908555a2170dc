package dev.tiergate.application.port.out.community;

import dev.tiergate.domain.community.CommunityId;
import java.time.Instant;
import java.util.Optional;

/**
 * Records whether the bot is in a stored community's guild, and the guild's name, by gateway time:
 * only a guild.join or guild.leave newer than the last one recorded applies, so a late or replayed
 * one changes nothing.
 */
public interface CommunityPresencePort {

    /** Marks the community active and, when given, renames it; false when it was not newer. */
    boolean recordJoin(CommunityId communityId, Optional<String> name, Instant at);

    /** Marks the community inactive; false when it was not newer. */
    boolean recordLeave(CommunityId communityId, Instant at);
}

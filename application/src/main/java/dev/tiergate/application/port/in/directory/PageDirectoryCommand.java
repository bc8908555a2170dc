package dev.tiergate.application.port.in.directory;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;

/** Moves {@code member}'s directory session one page forward (Next) or back (Prev). */
public record PageDirectoryCommand(CommunityId communityId, UserId member, boolean forward) {
}

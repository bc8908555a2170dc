package dev.tiergate.application.port.in.directory;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;

/** Re-sorts {@code member}'s directory session by the sort chosen, as sent (untrusted), from its first page. */
public record SortDirectoryCommand(CommunityId communityId, UserId member, String sort) {
}

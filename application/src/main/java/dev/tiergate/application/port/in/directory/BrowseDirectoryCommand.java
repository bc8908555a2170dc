package dev.tiergate.application.port.in.directory;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.directory.DirectoryFilter;
import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.profile.UserId;

/** Starts {@code member}'s directory session on its first page, replacing any session it had. */
public record BrowseDirectoryCommand(CommunityId communityId, UserId member, DirectoryFilter filter, DirectorySort sort) {
}

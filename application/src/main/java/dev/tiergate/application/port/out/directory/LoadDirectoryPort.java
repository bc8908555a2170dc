package dev.tiergate.application.port.out.directory;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.directory.DirectoryCount;
import dev.tiergate.domain.directory.DirectoryCursor;
import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.shared.PageLimit;
import java.util.List;
import java.util.Optional;

/**
 * Pages through the listed members of a community by keyset: a page holds the members strictly after
 * (forward) or before (backward) a cursor in the sort order, or from either end without one, so paging
 * never skips or repeats a member and never reads the rows it passes over by offset.
 */
public interface LoadDirectoryPort {

    /**
     * At most {@code limit} selected members, in sort order: the first ones after {@code from} going
     * forward, the last ones before it going backward.
     */
    List<DirectoryMember> findPage(CommunityId communityId, DirectorySelection selection, DirectorySort sort,
            Optional<DirectoryCursor> from, boolean forward, PageLimit limit);

    /** How many members the selection selects, counted up to {@link DirectoryCount#countUpTo()} at most. */
    int countSelected(CommunityId communityId, DirectorySelection selection);
}

package dev.tiergate.application.port.in.directory;

import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.directory.DirectoryFilter;
import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.profile.UserId;
import java.time.Duration;
import java.util.List;

/** The answer to a directory request: a page, or why there is none. */
public sealed interface DirectoryPage {

    int SIZE = 10;

    /**
     * One page of {@code owner}'s session: at most {@link #SIZE} entries, the filter and sort in force,
     * the page number (from 1), whether Prev and Next lead anywhere, how many members match, and the
     * community's badge catalog (the badges the filter offers).
     */
    record Page(UserId owner, List<DirectoryEntry> entries, DirectoryFilter filter, DirectorySort sort, int number,
            boolean hasPrevious, boolean hasNext, int totalMatching, BadgeCatalog catalog) implements DirectoryPage {
        public Page {
            entries = List.copyOf(entries);
            if (entries.size() > SIZE || number < 1) {
                throw new IllegalArgumentException("a directory page holds at most " + SIZE + " entries, from page 1");
            }
        }
    }

    /** The browsing session is gone (it lasts a few minutes): the member runs /directory again. */
    record Expired() implements DirectoryPage {
    }

    /** A chosen filter or sort value is not one the directory offers. */
    record Invalid(String field, String problem) implements DirectoryPage {
    }

    /** The member pages too fast; it may try again after {@code retryAfter}. */
    record SlowDown(Duration retryAfter) implements DirectoryPage {
    }
}

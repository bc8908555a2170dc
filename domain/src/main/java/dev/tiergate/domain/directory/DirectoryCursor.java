package dev.tiergate.domain.directory;

import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;

/**
 * Where a directory page begins or ends: every sort key of the member shown there, so the next or
 * previous page continues strictly after or before it in any {@link DirectorySort}. Each sort ends on
 * the user id, so a cursor names exactly one place.
 */
public record DirectoryCursor(String nymKey, Instant joinedAt, int badgeCount, Score score, UserId userId) {

    public DirectoryCursor {
        if (nymKey == null || nymKey.isEmpty() || badgeCount < 0) {
            throw new IllegalArgumentException("a directory cursor needs a nym key and a badge count of zero or more");
        }
    }
}

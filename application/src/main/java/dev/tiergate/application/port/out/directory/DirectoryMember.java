package dev.tiergate.application.port.out.directory;

import dev.tiergate.domain.directory.DirectoryCursor;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.time.Instant;

/** A listed member as the directory reads it: what a page shows and every key a page can be sorted by. */
public record DirectoryMember(UserId userId, Nym nym, Tier tier, Instant joinedAt, Score score, int badgeCount) {

    /** The place of this member in any directory sort. */
    public DirectoryCursor cursor() {
        return new DirectoryCursor(nym.key(), joinedAt, badgeCount, score, userId);
    }
}

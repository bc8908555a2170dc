package dev.tiergate.domain.rank;

import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.Comparator;

/**
 * What orders ranked members: score (highest first), then earlier joined-at, then the smaller
 * user id. Every view ranks by this one ordering, so no two views disagree about a rank.
 */
public record RankKey(Score score, Instant joinedAt, UserId userId) implements Comparable<RankKey> {

    /** Rank 1 first. A total order: two keys compare equal only when they are the same member. */
    public static final Comparator<RankKey> ORDER = Comparator.comparing(RankKey::score, Comparator.reverseOrder())
            .thenComparing(RankKey::joinedAt)
            .thenComparing(RankKey::userId);

    @Override
    public int compareTo(RankKey other) {
        return ORDER.compare(this, other);
    }
}

package dev.tiergate.domain.directory;

import dev.tiergate.domain.profile.Tenure;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The join times of one tenure category at one instant, as a range a query can use: joined
 * strictly after {@code joinedAfter} (when present) and at or before {@code joinedAtOrBefore}
 * (when present). It selects exactly the members {@link Tenure#of} puts in that category.
 */
public record TenureRange(Optional<Instant> joinedAfter, Optional<Instant> joinedAtOrBefore) {

    private static final Duration OG_WINDOW = Duration.ofDays(30);
    private static final Duration VETERAN_AFTER = Duration.ofDays(90);
    private static final Duration ELDER_AFTER = Duration.ofDays(180);

    /** The range of {@code tenure} at {@code now}; empty when nobody can have it (OG without a launch date). */
    public static Optional<TenureRange> of(Tenure tenure, Optional<Instant> launchedAt, Instant now) {
        Optional<Instant> ogUntil = launchedAt.map(launch -> launch.plus(OG_WINDOW));
        Instant elderUntil = now.minus(ELDER_AFTER);
        Instant veteranUntil = now.minus(VETERAN_AFTER);
        return switch (tenure) {
            case OG -> ogUntil.map(until -> new TenureRange(Optional.empty(), Optional.of(until)));
            case ELDER -> Optional.of(new TenureRange(ogUntil, Optional.of(elderUntil)));
            case VETERAN -> Optional.of(new TenureRange(Optional.of(later(elderUntil, ogUntil)), Optional.of(veteranUntil)));
            case MEMBER -> Optional.of(new TenureRange(Optional.of(later(veteranUntil, ogUntil)), Optional.empty()));
        };
    }

    public boolean contains(Instant joinedAt) {
        return joinedAfter.map(joinedAt::isAfter).orElse(true)
                && joinedAtOrBefore.map(until -> !joinedAt.isAfter(until)).orElse(true);
    }

    private static Instant later(Instant instant, Optional<Instant> other) {
        return other.filter(o -> o.isAfter(instant)).orElse(instant);
    }
}

package dev.tiergate.domain.naib;

import dev.tiergate.domain.profile.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One term on the Naib council: seated at, and unseated at once it ended. */
public record Seating(UserId userId, Instant seatedAt, Optional<Instant> unseatedAt) {

    private static final Duration FOUNDING_WINDOW = Duration.ofHours(1);

    public boolean isCurrent() {
        return unseatedAt.isEmpty();
    }

    /** Founding Naib: seated within an hour of the community's first seating. */
    public boolean isFounding(Instant firstSeatingOfCommunity) {
        return !seatedAt.isAfter(firstSeatingOfCommunity.plus(FOUNDING_WINDOW));
    }
}

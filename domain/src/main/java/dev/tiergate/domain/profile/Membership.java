package dev.tiergate.domain.profile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a member stands in its community's lifecycle: present or left, whether a join ever named it
 * (a member only a score, activity or leave created still has a placeholder nym), and the gateway time
 * of the last join or leave applied. Joins and leaves may arrive late or twice: one that is not newer
 * than the last applied never undoes it.
 */
public record Membership(boolean left, boolean registered, Optional<Instant> lastChangeAt) {

    public Membership {
        Objects.requireNonNull(lastChangeAt, "lastChangeAt");
    }

    /** Whether a join or leave sent at {@code eventAt} is newer than every one applied so far. */
    public boolean isSupersededBy(Instant eventAt) {
        return lastChangeAt.map(eventAt::isAfter).orElse(true);
    }

    /** Present under a nym from its Discord username: a join finds nothing to do. */
    public boolean isPresentAndRegistered() {
        return !left && registered;
    }
}

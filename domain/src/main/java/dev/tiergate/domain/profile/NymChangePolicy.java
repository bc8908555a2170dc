package dev.tiergate.domain.profile;

import dev.tiergate.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a member may change its nym: the first change at any time, every later one only once the
 * cooldown (30 days by default) has passed since the previous change.
 */
public record NymChangePolicy(Duration cooldown) {

    public static final NymChangePolicy DEFAULT = new NymChangePolicy(Duration.ofDays(30));

    public NymChangePolicy {
        Objects.requireNonNull(cooldown, "cooldown");
        if (cooldown.isNegative() || cooldown.isZero()) {
            throw new DomainException("a nym change cooldown must be positive");
        }
    }

    /** The earliest instant of the next change; empty when the nym was never changed, so a change is allowed now. */
    public Optional<Instant> nextChangeAllowedAt(Optional<Instant> lastChange) {
        return lastChange.map(changed -> changed.plus(cooldown));
    }

    public boolean allowsChange(Optional<Instant> lastChange, Instant now) {
        return nextChangeAllowedAt(lastChange).map(allowed -> !now.isBefore(allowed)).orElse(true);
    }
}

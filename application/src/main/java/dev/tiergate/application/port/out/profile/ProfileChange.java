package dev.tiergate.application.port.out.profile;

import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.Nym;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of a member's nym and/or bio made {@code at} an instant. A new nym applies only while the
 * member's last nym change is still {@code expectedLastNymChange}, the one the rule was checked against.
 */
public record ProfileChange(Optional<Nym> nym, Optional<Bio> bio, Optional<Instant> expectedLastNymChange, Instant at) {

    public ProfileChange {
        Objects.requireNonNull(nym, "nym");
        Objects.requireNonNull(bio, "bio");
        Objects.requireNonNull(expectedLastNymChange, "expectedLastNymChange");
        Objects.requireNonNull(at, "at");
        if (nym.isEmpty() && bio.isEmpty()) {
            throw new IllegalArgumentException("a profile change changes the nym, the bio or both");
        }
    }
}

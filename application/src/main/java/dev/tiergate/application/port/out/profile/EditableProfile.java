package dev.tiergate.application.port.out.profile;

import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.Nym;
import java.time.Instant;
import java.util.Optional;

/** What /profile edit may change of a present member, and when it last changed its nym (empty: never). */
public record EditableProfile(Nym nym, Bio bio, Optional<Instant> lastNymChange) {
}

package dev.tiergate.application.port.in.profile;

import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.Nym;
import java.time.Instant;
import java.util.Optional;

/** The outcome of /profile edit; every outcome but {@link Updated} changed nothing. */
public sealed interface ProfileEdit {

    /** Saved; {@code nextNymChangeAt} is empty when the nym may be changed at any time. */
    record Updated(Nym nym, Bio bio, Optional<Instant> nextNymChangeAt) implements ProfileEdit {
    }

    /** Nothing was given, or everything given equals what the profile already holds. */
    record NothingToChange() implements ProfileEdit {
    }

    /** The nym was changed less than 30 days ago; it may change again from {@code allowedFrom}. */
    record NymTooSoon(Instant allowedFrom) implements ProfileEdit {
    }

    /** Another member holds this nym (compared case-insensitively; members who left keep theirs). */
    record NymTaken(Nym nym) implements ProfileEdit {
    }

    /** A value that can never be stored; {@code field} is {@code nym} or {@code bio}. */
    record Invalid(String field, String problem) implements ProfileEdit {
    }

    /** The caller has no profile in this community (or left it). */
    record NoProfile() implements ProfileEdit {
    }
}

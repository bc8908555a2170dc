package dev.tiergate.application.service.profile;

import dev.tiergate.application.port.in.profile.EditProfileCommand;
import dev.tiergate.application.port.in.profile.EditProfileUseCase;
import dev.tiergate.application.port.in.profile.ProfileEdit;
import dev.tiergate.application.port.out.profile.EditableProfile;
import dev.tiergate.application.port.out.profile.ProfileChange;
import dev.tiergate.application.port.out.profile.ProfileUpdate;
import dev.tiergate.application.port.out.profile.UpdateProfilePort;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.NymChangePolicy;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Edits the caller's nym and/or bio. Both values are validated before anything is read; a nym equal
 * to the current one (exactly) is no change, one differing only in case is. The 30-day rule is
 * checked against the last change as read, and the write applies only while that is still the last
 * change, so two concurrent edits never both change the nym.
 */
public final class EditProfileService implements EditProfileUseCase {

    /** An outdated read means the member's nym or presence just changed: one fresh read settles it. */
    private static final int ATTEMPTS = 3;

    private final UpdateProfilePort profiles;
    private final NymChangePolicy policy;
    private final Clock clock;

    public EditProfileService(UpdateProfilePort profiles, NymChangePolicy policy, Clock clock) {
        this.profiles = profiles;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public ProfileEdit editProfile(EditProfileCommand command) {
        Optional<Nym> nym;
        Optional<Bio> bio;
        try {
            nym = command.nym().map(typed -> new Nym(typed.strip()));
            bio = command.bio().map(Bio::new);
        } catch (InvalidFieldException invalid) {
            return new ProfileEdit.Invalid(invalid.field(), invalid.problem());
        }
        if (nym.isEmpty() && bio.isEmpty()) {
            return new ProfileEdit.NothingToChange();
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<EditableProfile> current = profiles.findEditable(command.communityId(), command.member());
            if (current.isEmpty()) {
                return new ProfileEdit.NoProfile();
            }
            Optional<ProfileEdit> outcome = apply(command, current.get(), nym, bio);
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        throw new IllegalStateException("member " + command.member() + " kept changing while its profile was edited");
    }

    /** The outcome of one attempt; empty when the profile changed meanwhile. */
    private Optional<ProfileEdit> apply(EditProfileCommand command, EditableProfile current, Optional<Nym> wantedNym,
            Optional<Bio> wantedBio) {
        Optional<Nym> nym = wantedNym.filter(wanted -> !wanted.value().equals(current.nym().value()));
        Optional<Bio> bio = wantedBio.filter(wanted -> !wanted.equals(current.bio()));
        if (nym.isEmpty() && bio.isEmpty()) {
            return Optional.of(new ProfileEdit.NothingToChange());
        }
        Instant now = clock.instant();
        if (nym.isPresent() && !policy.allowsChange(current.lastNymChange(), now)) {
            return Optional.of(new ProfileEdit.NymTooSoon(policy.nextChangeAllowedAt(current.lastNymChange()).orElseThrow()));
        }
        ProfileChange change = new ProfileChange(nym, bio, current.lastNymChange(), now);
        return switch (profiles.updateProfile(command.communityId(), command.member(), change)) {
            case ProfileUpdate.Saved saved -> Optional.of(new ProfileEdit.Updated(
                    nym.orElse(current.nym()), bio.orElse(current.bio()),
                    policy.nextChangeAllowedAt(nym.isPresent() ? Optional.of(now) : current.lastNymChange())));
            case ProfileUpdate.NymTaken taken ->
                    Optional.of(new ProfileEdit.NymTaken(nym.orElseThrow()));
            case ProfileUpdate.Outdated outdated -> Optional.empty();
        };
    }
}

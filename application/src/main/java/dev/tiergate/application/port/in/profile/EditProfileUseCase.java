package dev.tiergate.application.port.in.profile;

/**
 * /profile edit: changes the caller's nym and/or bio together or not at all; a nym stays unique
 * per community (case-insensitively) and changes at most once per 30 days after the first change.
 */
public interface EditProfileUseCase {

    ProfileEdit editProfile(EditProfileCommand command);
}

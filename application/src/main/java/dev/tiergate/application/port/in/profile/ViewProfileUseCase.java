package dev.tiergate.application.port.in.profile;

/** /profile view [nym]: the own view in full, or another member's public view. */
public interface ViewProfileUseCase {

    ProfileView viewProfile(ViewProfileQuery query);
}

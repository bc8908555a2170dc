package dev.tiergate.application.port.in.badge;

/** /admin-badge revoke: revokes a held badge softly (the history keeps the award and the revocation). */
public interface RevokeBadgeUseCase {

    BadgeRevocationResult revokeBadge(RevokeBadgeCommand command);
}

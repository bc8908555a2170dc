package dev.tiergate.application.port.in.badge;

/** /badges [nym]: the badges a member holds, with when each was awarded. */
public interface ShowBadgesUseCase {

    BadgesView showBadges(ShowBadgesQuery query);
}

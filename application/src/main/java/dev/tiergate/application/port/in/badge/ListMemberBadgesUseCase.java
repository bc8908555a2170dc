package dev.tiergate.application.port.in.badge;

/** Pages through the badges a present member holds (keyset: most recent award first), with who awarded each and why. */
public interface ListMemberBadgesUseCase {

    MemberBadgesPage listMemberBadges(MemberBadgesQuery query);
}

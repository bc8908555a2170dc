package dev.tiergate.application.port.in.member;

import dev.tiergate.domain.profile.MemberProfile;

/**
 * Creates a member's profile (nym from the username, with a numeric suffix on collision) or
 * restores one who left; registering again changes nothing.
 */
public interface RegisterMemberUseCase {

    MemberProfile registerMember(RegisterMemberCommand command);
}

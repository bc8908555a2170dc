package dev.tiergate.application.port.in.member;

/**
 * Handles member.join: registers the member (new profile with a unique nym from its username, or
 * restores one who left) and stores its avatar, then lets seats and tiers follow the ranking it may
 * re-enter. A member already present, and an older or replayed join, change nothing.
 */
public interface JoinMemberUseCase {

    MemberJoinResult joinMember(JoinMemberCommand command);
}

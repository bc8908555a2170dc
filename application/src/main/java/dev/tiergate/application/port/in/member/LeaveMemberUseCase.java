package dev.tiergate.application.port.in.member;

/**
 * Handles member.leave: marks the member left, so it vanishes from every ranking, list and count at
 * once, and in the same transaction re-ranks the community, unseats a departing Naib and reassesses
 * tiers. Leaving twice, or an older or replayed leave, changes nothing.
 */
public interface LeaveMemberUseCase {

    MemberLeaveResult leaveMember(LeaveMemberCommand command);
}

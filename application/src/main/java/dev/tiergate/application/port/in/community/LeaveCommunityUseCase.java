package dev.tiergate.application.port.in.community;

/**
 * Marks the community of a guild the bot left inactive (never deletes it); an outage
 * ({@code unavailable}) changes nothing, and neither does an older or replayed leave.
 */
public interface LeaveCommunityUseCase {

    CommunityLeaveResult leaveCommunity(LeaveCommunityCommand command);
}

package dev.tiergate.application.port.in.community;

/**
 * Creates the community of a guild the bot joined (default rules) or reactivates it, and keeps the
 * guild's name; an older or replayed join changes nothing.
 */
public interface JoinCommunityUseCase {

    CommunityJoinResult joinCommunity(JoinCommunityCommand command);
}

package dev.tiergate.application.port.in.communityconfig;

/**
 * Changes a community's rules (creating the community with default rules when its guild was never
 * seen), validated as a whole; Naib seats and rank-based tiers follow the new rules at once, score-based
 * tiers at each member's next score update.
 */
public interface ConfigureCommunityUseCase {

    CommunityConfigResult configureCommunity(ConfigureCommunityCommand command);
}

package dev.tiergate.application.port.out.communityconfig;

import dev.tiergate.domain.community.Community;

/**
 * Stores the rules of an existing community, replacing the stored ones; its name, presence and badge
 * catalog (edited badge by badge) are left as they are.
 */
public interface SaveCommunityConfigPort {

    void saveCommunityConfig(Community community);
}

package dev.tiergate.application.port.out.tier;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.TierDecision;
import java.util.Map;

/** Stores each member's new tier state and records every tier change in the tier history. */
public interface SaveTierChangesPort {

    void saveTierDecisions(CommunityId communityId, Map<UserId, TierDecision> decisions);
}

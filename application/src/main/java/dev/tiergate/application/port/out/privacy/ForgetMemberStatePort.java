package dev.tiergate.application.port.out.privacy;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;

/**
 * Forgets one member's short-lived state in one community, its rate-limit budgets and activity
 * cooldowns, and nothing of anyone else's; returns how many entries existed. Forgetting twice is
 * harmless. Throws when the store cannot be reached.
 */
public interface ForgetMemberStatePort {

    int forgetMemberState(CommunityId communityId, UserId userId);
}

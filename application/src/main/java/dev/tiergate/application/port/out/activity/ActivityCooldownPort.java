package dev.tiergate.application.port.out.activity;

import dev.tiergate.domain.activity.ActivityKind;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.UUID;

/**
 * The per-member, per-kind cooldown of activity: the first activity claims the kind's cooldown
 * window, and a later one in the window does not count. Claiming again with the same activity id
 * succeeds, so a redelivery does not lose its points; throws when the cooldown store is unavailable.
 */
public interface ActivityCooldownPort {

    /** True when this activity may count: it claimed the window now, or had claimed it before. */
    boolean claim(CommunityId communityId, UserId member, ActivityKind kind, UUID activityId);
}

package dev.tiergate.application.port.out.badge;

import dev.tiergate.domain.badge.BadgeAward;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.List;

/** Loads the badges a member holds (not revoked), most recent award first, at most {@link #MAX_HELD}. */
public interface LoadBadgesPort {

    /** A member holds each badge at most once, and no catalog lists more badges than this. */
    int MAX_HELD = 200;

    List<BadgeAward> findHeldBadges(CommunityId communityId, UserId member);
}

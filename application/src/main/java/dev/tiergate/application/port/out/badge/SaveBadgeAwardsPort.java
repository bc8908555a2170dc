package dev.tiergate.application.port.out.badge;

import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.BadgeGrant;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.List;

/**
 * Records badge awards and revocations with who, when and why, keeping the member's held-badge
 * count in the same transaction. A member holds a badge at most once; revocation is soft, and a
 * later award is a new record, so the history is never overwritten.
 */
public interface SaveBadgeAwardsPort {

    /** Awards the badge unless the member holds it; true when this call awarded it. */
    boolean awardBadge(CommunityId communityId, BadgeGrant grant, Instant at);

    /** Revokes the member's held award of the badge; true when this call revoked one. */
    boolean revokeBadge(CommunityId communityId, UserId member, BadgeId badge, AwardSource by, String reason,
            Instant at);

    /**
     * Awards what automatic rules granted, skipping every badge the member holds or ever held (a
     * badge an admin revoked stays revoked until an admin awards it again); returns how many were awarded.
     */
    int grantAutomaticBadges(CommunityId communityId, List<BadgeGrant> grants, Instant at);
}

package dev.tiergate.application.port.out.badge;

import dev.tiergate.domain.badge.AutomaticBadgeInputs;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import java.util.List;
import java.util.Optional;

/**
 * Pages, in a stable keyset order (never offset), through active communities and their present
 * members with everything their automatic badges follow from; a page of members is read by one
 * set-based statement, whatever the community's size.
 */
public interface AutomaticBadgeSweepPort {

    /** Active communities after {@code after} in id order, at most {@code limit}. */
    List<CommunityId> findActiveCommunities(Optional<CommunityId> after, PageLimit limit);

    /**
     * Present (not left) members after {@code after} in the port's member order, at most {@code limit},
     * each with its join time, stored activity balance, tiers held, earliest seating and whether it was unseated.
     */
    List<AutomaticBadgeInputs> findBadgeInputs(CommunityId communityId, Optional<UserId> after, PageLimit limit);
}

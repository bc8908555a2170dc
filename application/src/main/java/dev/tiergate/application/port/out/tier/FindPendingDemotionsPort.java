package dev.tiergate.application.port.out.tier;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.shared.PageLimit;
import java.util.List;
import java.util.Optional;

/** Finds the communities where some member waits out a demotion grace, in id order, a page at a time. */
public interface FindPendingDemotionsPort {

    List<CommunityId> findCommunitiesWithPendingDemotions(Optional<CommunityId> after, PageLimit limit);
}

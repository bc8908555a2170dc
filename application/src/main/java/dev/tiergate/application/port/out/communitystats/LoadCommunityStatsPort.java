package dev.tiergate.application.port.out.communitystats;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.shared.PageLimit;
import java.time.Instant;
import java.util.List;

/** Reads a community's figures for /admin-stats; members who left are never counted. */
public interface LoadCommunityStatsPort {

    CommunityCounts countSince(CommunityId communityId, Instant since);

    /** The most active present members now, most active first (the stored order key orders decayed balances). */
    List<ActiveMember> mostActive(CommunityId communityId, PageLimit limit);
}

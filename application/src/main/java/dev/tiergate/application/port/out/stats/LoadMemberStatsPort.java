package dev.tiergate.application.port.out.stats;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.Optional;

/** Loads a present member's figures for /stats; an open Naib term counts up to {@code now}. */
public interface LoadMemberStatsPort {

    Optional<MemberStats> findMemberStats(CommunityId communityId, UserId member, Instant now);
}

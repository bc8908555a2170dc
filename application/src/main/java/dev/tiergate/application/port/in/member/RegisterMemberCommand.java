package dev.tiergate.application.port.in.member;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;

/** A member joined (or re-joined) a community under a Discord username. */
public record RegisterMemberCommand(CommunityId communityId, UserId userId, String username, Instant joinedAt) {
}

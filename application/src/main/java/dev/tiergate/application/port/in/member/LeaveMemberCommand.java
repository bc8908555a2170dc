package dev.tiergate.application.port.in.member;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.Objects;

/** A member left a community's guild at {@code at} (gateway time). */
public record LeaveMemberCommand(CommunityId communityId, UserId userId, Instant at) {

    public LeaveMemberCommand {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(at, "at");
    }
}

package dev.tiergate.application.port.in.member;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member joined a community's guild at {@code at} (gateway time) under a Discord username, with
 * the URL of its avatar when it has one.
 */
public record JoinMemberCommand(CommunityId communityId, UserId userId, String username, Optional<String> avatarUrl,
        Instant at) {

    public JoinMemberCommand {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(avatarUrl, "avatarUrl");
        Objects.requireNonNull(at, "at");
    }
}

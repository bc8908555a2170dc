package dev.tiergate.application.port.in.badge;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import java.util.Objects;
import java.util.Optional;

/** Asks for one page of the badges a member holds, most recent award first, after {@code after}. */
public record MemberBadgesQuery(CommunityId communityId, UserId member, Optional<MemberBadgeCursor> after,
        PageLimit limit) {

    public MemberBadgesQuery {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(limit, "limit");
    }
}

package dev.tiergate.application.port.in.privacy;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.Objects;

/** Which member's data to export: one member of one community. */
public record ExportMemberDataQuery(CommunityId communityId, UserId userId) {

    public ExportMemberDataQuery {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(userId, "userId");
    }
}

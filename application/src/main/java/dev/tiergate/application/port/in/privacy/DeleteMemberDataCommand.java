package dev.tiergate.application.port.in.privacy;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.privacy.DeletionActor;
import dev.tiergate.domain.profile.UserId;
import java.util.Objects;

/** Delete everything stored about one member of one community, on behalf of {@code actor}. */
public record DeleteMemberDataCommand(CommunityId communityId, UserId userId, DeletionActor actor) {

    public DeleteMemberDataCommand {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(actor, "actor");
    }
}

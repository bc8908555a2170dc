package dev.tiergate.application.port.in.activity;

import dev.tiergate.domain.activity.ActivityKind;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One thing a member did that may earn activity points; {@code activityId} identifies it across
 * redeliveries, so it counts at most once.
 */
public record RecordActivityCommand(CommunityId communityId, UUID activityId, UserId member, ActivityKind kind,
        Optional<String> channelId, Instant at) {

    public RecordActivityCommand {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(at, "at");
    }
}

package dev.tiergate.application.port.out.alert;

import dev.tiergate.domain.alert.AlertFact;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.Objects;

/** An alert of the history still to be settled: whose it is, in which community (and its name), and about what. */
public record PendingAlert(long id, CommunityId communityId, String communityName, UserId member, AlertFact fact,
        Instant occurredAt) {

    public PendingAlert {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(communityName, "communityName");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}

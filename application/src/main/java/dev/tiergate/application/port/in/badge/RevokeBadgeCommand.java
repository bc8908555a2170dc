package dev.tiergate.application.port.in.badge;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.Objects;
import java.util.Optional;

/** An admin ({@code actor}) revokes a badge of the member with {@code nym}; nym, badge and reason are untrusted input. */
public record RevokeBadgeCommand(CommunityId communityId, UserId actor, String nym, String badge,
        Optional<String> reason) {

    public RevokeBadgeCommand {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
    }
}

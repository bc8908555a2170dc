package dev.tiergate.application.port.in.badge;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.Optional;

/** Asks for the badges a member holds: the viewer's own when no nym is given, else those of the member with that nym. */
public record ShowBadgesQuery(CommunityId communityId, UserId viewer, Optional<String> nym) {
}

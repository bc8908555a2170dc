package dev.tiergate.application.port.in.profile;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.Optional;

/** Asks for a profile: the viewer's own when no nym is given, else the member with that nym. */
public record ViewProfileQuery(CommunityId communityId, UserId viewer, Optional<String> nym) {
}

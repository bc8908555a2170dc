package dev.tiergate.application.port.in.profile;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.Objects;
import java.util.Optional;

/** A member's request to change its own nym and/or bio, as typed (untrusted: the use case validates both). */
public record EditProfileCommand(CommunityId communityId, UserId member, Optional<String> nym, Optional<String> bio) {

    public EditProfileCommand {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(nym, "nym");
        Objects.requireNonNull(bio, "bio");
    }
}

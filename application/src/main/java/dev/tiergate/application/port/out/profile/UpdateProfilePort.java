package dev.tiergate.application.port.out.profile;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.Optional;

/**
 * Changes a present member's nym and/or bio in one atomic write. Nym uniqueness per community is
 * the store's constraint: a nym someone else holds comes back as {@link ProfileUpdate.NymTaken}, never
 * as an exception. A new nym also records its change time and stops being a placeholder.
 */
public interface UpdateProfilePort {

    /** The present member's editable fields; empty when it has no profile or left. */
    Optional<EditableProfile> findEditable(CommunityId communityId, UserId member);

    ProfileUpdate updateProfile(CommunityId communityId, UserId member, ProfileChange change);
}

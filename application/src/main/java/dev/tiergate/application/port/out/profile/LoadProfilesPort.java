package dev.tiergate.application.port.out.profile;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import java.util.Optional;

/** Loads member profiles of one community; members who left are not found. */
public interface LoadProfilesPort {

    Optional<MemberProfile> findProfile(CommunityId communityId, UserId userId);

    /** Finds by nym, case-insensitively. */
    Optional<MemberProfile> findProfileByNym(CommunityId communityId, Nym nym);
}

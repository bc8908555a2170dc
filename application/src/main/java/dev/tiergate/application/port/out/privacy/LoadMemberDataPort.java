package dev.tiergate.application.port.out.privacy;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.privacy.MemberData;
import dev.tiergate.domain.profile.UserId;
import java.util.Optional;

/**
 * Reads everything stored about one member of one community, a member who left included, as one
 * consistent snapshot; empty when no profile is stored.
 */
public interface LoadMemberDataPort {

    Optional<MemberData> loadMemberData(CommunityId communityId, UserId userId);
}

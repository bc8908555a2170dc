package dev.tiergate.application.port.out.profile;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;

/**
 * Stores a new member under the first free nym among {@code wanted}, {@code wanted-2},
 * {@code wanted-3}, … (case-insensitively unique), or restores a member who left. A member a
 * score update created gets its real nym and join time on its first registration; any other
 * existing member is returned unchanged.
 */
public interface RegisterMemberPort {

    MemberProfile registerMember(CommunityId communityId, UserId userId, Nym wanted, Instant joinedAt);
}

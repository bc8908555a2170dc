package dev.tiergate.application.port.out.badge;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import java.util.List;
import java.util.Optional;

/** Pages, in a stable order (keyset, never offset), through active communities and their present members for the tenure sweep. */
public interface TenureSweepPort {

    /** Active communities after {@code after} in id order, at most {@code limit}. */
    List<CommunityId> findActiveCommunities(Optional<CommunityId> after, PageLimit limit);

    /** Present (not left) members after {@code after} in user-id order, at most {@code limit}. */
    List<TenureCandidate> findPresentMembers(CommunityId communityId, Optional<UserId> after, PageLimit limit);
}

package dev.tiergate.application.port.out.profile;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.shared.PageLimit;
import java.util.List;

/**
 * Finds the nyms of present members whose nym key starts with {@code keyPrefix}, taken literally (no
 * character of it is a wildcard), ordered by nym key, at most {@code limit} of them.
 */
public interface SuggestNymsPort {

    List<Nym> nymsStartingWith(CommunityId communityId, String keyPrefix, PageLimit limit);
}

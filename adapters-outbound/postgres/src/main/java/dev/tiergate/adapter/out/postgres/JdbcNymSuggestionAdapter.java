package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.profile.SuggestNymsPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.shared.PageLimit;
import jakarta.inject.Singleton;
import java.util.List;

/** Suggests present members' nyms by a literal key prefix, in nym-key order, from one bounded index range. */
@Singleton
final class JdbcNymSuggestionAdapter implements SuggestNymsPort {

    private final NymSuggestionRepository nyms;

    JdbcNymSuggestionAdapter(NymSuggestionRepository nyms) {
        this.nyms = nyms;
    }

    @Override
    public List<Nym> nymsStartingWith(CommunityId communityId, String keyPrefix, PageLimit limit) {
        return nyms.findNymsStartingWith(communityId.value(), keyPrefix, LikePrefix.of(keyPrefix), limit.value())
                .stream().map(Nym::new).toList();
    }
}

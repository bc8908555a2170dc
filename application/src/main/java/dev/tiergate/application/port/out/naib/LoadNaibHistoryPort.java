package dev.tiergate.application.port.out.naib;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.shared.PageLimit;
import java.util.List;

/**
 * Reads the Naib council's terms with nyms: the current terms and the honour roll of former Naib,
 * members present who have closed terms and no open one, longest total time seated first.
 */
public interface LoadNaibHistoryPort {

    /** The open terms, earliest seated first (at most a council's maximum of 100). */
    List<SeatedMember> currentTerms(CommunityId communityId);

    List<ServiceRecord> formerNaib(CommunityId communityId, PageLimit limit);
}

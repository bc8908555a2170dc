package dev.tiergate.application.service.badge;

import dev.tiergate.application.port.in.badge.SuggestBadgesQuery;
import dev.tiergate.application.port.in.badge.SuggestBadgesUseCase;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.shared.PageLimit;
import java.util.List;

/** Suggests badges from the community's catalog (held in memory: no query, so it answers within autocomplete's time). */
public final class SuggestBadgesService implements SuggestBadgesUseCase {

    private static final PageLimit SUGGESTIONS = new PageLimit(PageLimit.AUTOCOMPLETE_MAX);

    private final CommunityRules rules;

    public SuggestBadgesService(CommunityRules rules) {
        this.rules = rules;
    }

    @Override
    public List<Badge> suggestBadges(SuggestBadgesQuery query) {
        return rules.of(query.communityId()).config().badgeCatalog()
                .startingWith(query.partial(), query.contributionOnly(), SUGGESTIONS);
    }
}

package dev.tiergate.application.service.badge;

import dev.tiergate.application.port.in.badge.ListMemberBadgesUseCase;
import dev.tiergate.application.port.in.badge.MemberBadge;
import dev.tiergate.application.port.in.badge.MemberBadgeCursor;
import dev.tiergate.application.port.in.badge.MemberBadgesPage;
import dev.tiergate.application.port.in.badge.MemberBadgesQuery;
import dev.tiergate.application.port.out.badge.LoadBadgesPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.community.CommunityId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Pages through a member's held badges (at most {@link LoadBadgesPort#MAX_HELD}, read at once) after the
 * cursor's award, so an award or revocation between pages never shifts a page; an award of a badge the
 * catalog no longer lists is left out.
 */
public final class ListMemberBadgesService implements ListMemberBadgesUseCase {

    private final CommunityRules rules;
    private final LoadProfilesPort profiles;
    private final LoadBadgesPort badges;

    public ListMemberBadgesService(CommunityRules rules, LoadProfilesPort profiles, LoadBadgesPort badges) {
        this.rules = rules;
        this.profiles = profiles;
        this.badges = badges;
    }

    @Override
    public MemberBadgesPage listMemberBadges(MemberBadgesQuery query) {
        CommunityId communityId = query.communityId();
        if (profiles.findProfile(communityId, query.member()).isEmpty()) {
            return new MemberBadgesPage.MemberNotFound();
        }
        BadgeCatalog catalog = rules.of(communityId).config().badgeCatalog();
        int limit = query.limit().value();
        List<MemberBadge> after = badges.findHeldBadges(communityId, query.member()).stream()
                .flatMap(award -> catalog.find(award.badge()).map(badge -> new MemberBadge(badge, award)).stream())
                .filter(held -> query.after().map(cursor -> held.cursor().compareTo(cursor) > 0).orElse(true))
                .sorted(Comparator.comparing(MemberBadge::cursor))
                .limit(limit + 1L)
                .toList();
        boolean more = after.size() > limit;
        List<MemberBadge> page = more ? after.subList(0, limit) : after;
        Optional<MemberBadgeCursor> next = more ? Optional.of(page.getLast().cursor()) : Optional.empty();
        return new MemberBadgesPage.Found(page, next);
    }
}

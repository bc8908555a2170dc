package dev.tiergate.application.service.badge;

import dev.tiergate.application.port.in.badge.BadgesView;
import dev.tiergate.application.port.in.badge.ShowBadgesQuery;
import dev.tiergate.application.port.in.badge.ShowBadgesUseCase;
import dev.tiergate.application.port.out.badge.LoadBadgesPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.badge.HeldBadge;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.profile.MemberProfile;
import java.util.Optional;

/** Shows the badges a member holds, as the community's catalog describes them, most recent first. */
public final class ShowBadgesService implements ShowBadgesUseCase {

    private final CommunityRules rules;
    private final LoadProfilesPort profiles;
    private final MemberByNym byNym;
    private final LoadBadgesPort badges;

    public ShowBadgesService(CommunityRules rules, LoadProfilesPort profiles, LoadBadgesPort badges) {
        this.rules = rules;
        this.profiles = profiles;
        this.byNym = new MemberByNym(profiles);
        this.badges = badges;
    }

    @Override
    public BadgesView showBadges(ShowBadgesQuery query) {
        Optional<MemberProfile> member = query.nym().isEmpty()
                ? profiles.findProfile(query.communityId(), query.viewer())
                : byNym.find(query.communityId(), query.nym().get());
        if (member.isEmpty()) {
            return new BadgesView.NotFound(query.nym());
        }
        Community community = rules.of(query.communityId());
        MemberProfile found = member.get();
        return new BadgesView.Found(found.nym(), HeldBadge.of(community.config().badgeCatalog(),
                badges.findHeldBadges(community.id(), found.userId())), query.nym().isEmpty());
    }
}

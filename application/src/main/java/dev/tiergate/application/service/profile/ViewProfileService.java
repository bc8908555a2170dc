package dev.tiergate.application.service.profile;

import dev.tiergate.application.port.in.profile.ProfileView;
import dev.tiergate.application.port.in.profile.ViewProfileQuery;
import dev.tiergate.application.port.in.profile.ViewProfileUseCase;
import dev.tiergate.application.port.out.badge.LoadBadgesPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.badge.HeldBadge;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.shared.DomainException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Shows a profile. Without a nym the caller sees its own profile in full; with a nym anyone
 * (the owner included) sees only the public fields, because that answer is visible to all.
 */
public final class ViewProfileService implements ViewProfileUseCase {

    private final CommunityRules rules;
    private final LoadProfilesPort profiles;
    private final LoadRankingPort ranking;
    private final LoadBadgesPort badges;
    private final Clock clock;

    public ViewProfileService(CommunityRules rules, LoadProfilesPort profiles, LoadRankingPort ranking,
            LoadBadgesPort badges, Clock clock) {
        this.rules = rules;
        this.profiles = profiles;
        this.ranking = ranking;
        this.badges = badges;
        this.clock = clock;
    }

    @Override
    public ProfileView viewProfile(ViewProfileQuery query) {
        Community community = rules.of(query.communityId());
        if (query.nym().isEmpty()) {
            return profiles.findProfile(query.communityId(), query.viewer())
                    .<ProfileView>map(own -> ownView(community, own))
                    .orElse(new ProfileView.NotFound(Optional.empty()));
        }
        return parseNym(query.nym().get())
                .flatMap(nym -> profiles.findProfileByNym(query.communityId(), nym))
                .<ProfileView>map(member -> publicView(community, member))
                .orElse(new ProfileView.NotFound(query.nym()));
    }

    private ProfileView.Own ownView(Community community, MemberProfile p) {
        OptionalInt rank = ranking.findRanked(community.id(), p.userId())
                .map(r -> OptionalInt.of(r.rank())).orElse(OptionalInt.empty());
        List<HeldBadge> held = heldBadges(community, p);
        return new ProfileView.Own(p.nym(), p.bio(), p.avatarUrl(), p.tier(), tenure(community, p), p.joinedAt(),
                p.score(), rank, p.wallet().isPresent(), p.directoryOptOut(), held.size(), recent(held));
    }

    private ProfileView.Public publicView(Community community, MemberProfile p) {
        List<HeldBadge> held = heldBadges(community, p);
        return new ProfileView.Public(p.nym(), p.bio(), p.avatarUrl(), p.tier(), tenure(community, p),
                p.score().rounded(), held.size(), recent(held));
    }

    private List<HeldBadge> heldBadges(Community community, MemberProfile p) {
        return HeldBadge.of(community.config().badgeCatalog(), badges.findHeldBadges(community.id(), p.userId()));
    }

    private static List<HeldBadge> recent(List<HeldBadge> held) {
        return held.subList(0, Math.min(ProfileView.RECENT_BADGES, held.size()));
    }

    private Tenure tenure(Community community, MemberProfile p) {
        return Tenure.of(p.joinedAt(), community.config().launchedAt(), clock.instant());
    }

    /** A typed nym that cannot exist finds nobody: it is not an error of ours. */
    private static Optional<Nym> parseNym(String typed) {
        try {
            return Optional.of(new Nym(typed.strip()));
        } catch (DomainException invalid) {
            return Optional.empty();
        }
    }
}

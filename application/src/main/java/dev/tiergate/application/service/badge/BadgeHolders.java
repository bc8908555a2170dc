package dev.tiergate.application.service.badge;

import dev.tiergate.application.port.in.badge.BadgeHolder;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.MemberProfile;
import java.util.Optional;

/** Finds the present member a badge command names, by typed nym or by user id. */
final class BadgeHolders {

    private final LoadProfilesPort profiles;
    private final MemberByNym byNym;

    BadgeHolders(LoadProfilesPort profiles) {
        this.profiles = profiles;
        this.byNym = new MemberByNym(profiles);
    }

    Optional<MemberProfile> find(CommunityId communityId, BadgeHolder holder) {
        return switch (holder) {
            case BadgeHolder.ByNym(String typed) -> byNym.find(communityId, typed);
            case BadgeHolder.ById(var userId) -> profiles.findProfile(communityId, userId);
        };
    }
}

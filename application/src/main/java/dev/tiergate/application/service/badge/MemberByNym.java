package dev.tiergate.application.service.badge;

import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.shared.DomainException;
import java.util.Optional;

/** Finds the present member a typed nym names; a nym that cannot exist names nobody (it is not an error of ours). */
final class MemberByNym {

    private final LoadProfilesPort profiles;

    MemberByNym(LoadProfilesPort profiles) {
        this.profiles = profiles;
    }

    Optional<MemberProfile> find(CommunityId communityId, String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        try {
            return profiles.findProfileByNym(communityId, new Nym(typed.strip()));
        } catch (DomainException invalid) {
            return Optional.empty();
        }
    }
}

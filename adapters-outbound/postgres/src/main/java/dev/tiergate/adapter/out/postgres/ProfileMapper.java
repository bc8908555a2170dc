package dev.tiergate.adapter.out.postgres;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.profile.WalletAddress;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.tier.Tier;
import java.util.Optional;

/** Translates a member-profile row into the domain: the profile itself, or its place in the ranking. */
final class ProfileMapper {

    private ProfileMapper() {
    }

    static MemberProfile toProfile(ProfileRow row) {
        return new MemberProfile(
                new CommunityId(row.key().communityId()),
                new UserId(row.key().userId()),
                new Nym(row.nym()),
                new Bio(row.bio()),
                Optional.ofNullable(row.avatarUrl()),
                row.joinedAt(),
                new Score(row.score()),
                Tier.valueOf(row.tier()),
                row.leftAt() != null,
                row.directoryOptOut(),
                Optional.ofNullable(row.wallet()).map(WalletAddress::new));
    }

    /** Only for a row that holds a rank. */
    static RankedMember toRankedMember(ProfileRow row) {
        if (row.rank() == null) {
            throw new IllegalArgumentException("member " + row.key().userId() + " holds no rank");
        }
        return new RankedMember(row.rank(), new UserId(row.key().userId()), new Nym(row.nym()), new Score(row.score()));
    }
}

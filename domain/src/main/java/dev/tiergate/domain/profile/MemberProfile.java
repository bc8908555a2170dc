package dev.tiergate.domain.profile;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.tier.Tier;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of one community, keyed by (community, user). A member who left stays stored until
 * purged but vanishes from every ranking, list and count.
 */
public record MemberProfile(
        CommunityId communityId,
        UserId userId,
        Nym nym,
        Bio bio,
        Optional<String> avatarUrl,
        Instant joinedAt,
        Score score,
        Tier tier,
        boolean left,
        boolean directoryOptOut,
        Optional<WalletAddress> wallet) {

    public MemberProfile {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(nym, "nym");
        Objects.requireNonNull(bio, "bio");
        Objects.requireNonNull(avatarUrl, "avatarUrl");
        Objects.requireNonNull(joinedAt, "joinedAt");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(wallet, "wallet");
    }

    /** Ranked members have not left and hold a positive score. */
    public boolean isRanked() {
        return !left && score.isPositive();
    }
}

package dev.tiergate.application.port.in.profile;

import dev.tiergate.domain.badge.HeldBadge;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.tier.Tier;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What /profile view shows. The owner sees everything it owns (exact score, rank, wallet set
 * or not); anyone else sees the public fields, with the score rounded. Both show how many badges
 * the member holds and the {@link #RECENT_BADGES} most recently awarded, newest first.
 */
public sealed interface ProfileView {

    int RECENT_BADGES = 3;

    record Own(Nym nym, Bio bio, Optional<String> avatarUrl, Tier tier, Tenure tenure, Instant joinedAt,
            Score score, OptionalInt rank, boolean walletLinked, boolean directoryOptOut, int badgeCount,
            List<HeldBadge> recentBadges) implements ProfileView {
        public Own {
            recentBadges = List.copyOf(recentBadges);
        }
    }

    record Public(Nym nym, Bio bio, Optional<String> avatarUrl, Tier tier, Tenure tenure, BigInteger roundedScore,
            int badgeCount, List<HeldBadge> recentBadges) implements ProfileView {
        public Public {
            recentBadges = List.copyOf(recentBadges);
        }
    }

    /** No member goes by that nym (or the viewer has no profile yet). */
    record NotFound(Optional<String> nym) implements ProfileView {
    }
}

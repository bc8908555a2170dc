package dev.tiergate.domain.badge;

import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a present member's automatic badges follow from: join time, stored activity balance, every
 * tier held (the current one and each in its history), its earliest Naib seating and whether it
 * ever lost a seat. {@link #earned} applies {@link BadgeRules} to all of it at once, so a sweep can
 * catch up on awards whose triggering change was missed.
 */
public record AutomaticBadgeInputs(UserId member, Instant joinedAt, ActivityBalance activity, Set<Tier> tiersHeld,
        Optional<Seating> firstSeating, boolean unseatedOnce) {

    public AutomaticBadgeInputs {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(joinedAt, "joinedAt");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(firstSeating, "firstSeating");
        tiersHeld = Set.copyOf(tiersHeld);
        if (firstSeating.isPresent() && !firstSeating.get().userId().equals(member)) {
            throw new IllegalArgumentException("the first seating must be the member's own");
        }
        if (unseatedOnce && firstSeating.isEmpty()) {
            throw new IllegalArgumentException("a member never seated cannot have been unseated");
        }
    }

    /**
     * Every automatic badge these inputs earn at {@code now}: tenure, engagement from the balance
     * decayed to {@code now}, usul-ascended for any tier held at Usul or above, and the seating
     * achievements (founding-naib relative to the community's first seating).
     */
    public Set<BadgeId> earned(Optional<Instant> launchedAt, Optional<Instant> firstSeatingOfCommunity, Instant now) {
        Set<BadgeId> earned = new LinkedHashSet<>(BadgeRules.tenure(joinedAt, launchedAt, now));
        earned.addAll(BadgeRules.engagement(activity.decayedTo(now).points()));
        tiersHeld.forEach(tier -> earned.addAll(BadgeRules.tierReached(tier)));
        firstSeating.ifPresent(seating -> earned.addAll(
                BadgeRules.seated(seating, firstSeatingOfCommunity.orElse(seating.seatedAt()))));
        if (unseatedOnce) {
            earned.addAll(BadgeRules.unseated());
        }
        return earned;
    }
}

package dev.tiergate.application.port.in.stats;

import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.Tenure;
import dev.tiergate.domain.tier.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

/** What /stats shows the member itself: rank (or none), tier, exact score, badges, activity now, tenure, Naib time. */
public sealed interface StatsView {

    record Found(Nym nym, OptionalInt rank, Tier tier, Score score, int badgeCount, double activity, Tenure tenure,
            Instant joinedAt, Duration naibSeatedTime, int tierChanges) implements StatsView {
    }

    /** The member has no profile yet. */
    record NotFound() implements StatsView {
    }
}

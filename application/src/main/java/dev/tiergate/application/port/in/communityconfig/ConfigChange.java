package dev.tiergate.application.port.in.communityconfig;

import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.tier.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One change to a community's rules, as an admin asked for it. Values are checked when the whole new
 * configuration is built, so a change that is wrong only together with another is refused too.
 */
public sealed interface ConfigChange {

    record NaibSeats(int seats) implements ConfigChange {
    }

    record FedaykinCutoff(int rank) implements ConfigChange {
    }

    record AtRiskWindow(int ranks) implements ConfigChange {
    }

    record WaitlistSize(int ranks) implements ConfigChange {
    }

    record DemotionGrace(Duration grace) implements ConfigChange {
        public DemotionGrace {
            Objects.requireNonNull(grace, "grace");
        }
    }

    /** A new minimum score for one score-based tier; the other tiers keep theirs. */
    record TierMinimumScore(Tier tier, Score minimum) implements ConfigChange {
        public TierMinimumScore {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(minimum, "minimum");
        }
    }

    /** The launch date the og badge counts from; empty clears it. */
    record LaunchDate(Optional<Instant> launchedAt) implements ConfigChange {
        public LaunchDate {
            Objects.requireNonNull(launchedAt, "launchedAt");
        }
    }

    /** The channels that earn activity, replaced whole; empty means every channel. */
    record TrackedChannels(Set<String> channelIds) implements ConfigChange {
        public TrackedChannels {
            channelIds = Set.copyOf(channelIds);
        }
    }

    /** The Discord role of each tier, replaced whole; a tier left out grants no role. */
    record TierRoles(Map<Tier, String> roleIds) implements ConfigChange {
        public TierRoles {
            roleIds = Map.copyOf(roleIds);
        }
    }

    /** The roles whose holders are admins, replaced whole. */
    record AdminRoles(Set<String> roleIds) implements ConfigChange {
        public AdminRoles {
            roleIds = Set.copyOf(roleIds);
        }
    }
}

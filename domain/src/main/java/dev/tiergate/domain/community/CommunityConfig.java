package dev.tiergate.domain.community;

import dev.tiergate.domain.activity.ActivityRules;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.naib.NaibCouncil;
import dev.tiergate.domain.rank.RankBands;
import dev.tiergate.domain.shared.InvalidFieldException;
import dev.tiergate.domain.shared.Snowflake;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.tier.TierLadder;
import dev.tiergate.domain.tier.TierPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A community's rules as its admins set them. Validated on construction: a bad value is
 * rejected with a message naming the field.
 */
public record CommunityConfig(
        TierLadder tierLadder,
        NaibCouncil naibCouncil,
        RankBands rankBands,
        Duration demotionGrace,
        BadgeCatalog badgeCatalog,
        Map<Tier, String> tierRoleIds,
        Set<String> adminRoleIds,
        Optional<Instant> launchedAt,
        ActivityRules activityRules) {

    private static final Duration MAX_GRACE = Duration.ofDays(30);

    public static final CommunityConfig DEFAULTS = new CommunityConfig(TierLadder.DEFAULT,
            new NaibCouncil(NaibCouncil.DEFAULT_SEATS), RankBands.DEFAULT, Duration.ofHours(24),
            BadgeCatalog.DEFAULT, Map.of(), Set.of(), Optional.empty(), ActivityRules.ALL_CHANNELS);

    public CommunityConfig {
        if (demotionGrace == null || demotionGrace.isNegative() || demotionGrace.compareTo(MAX_GRACE) > 0) {
            throw new InvalidFieldException("demotion_grace", "must be between 0 and 30 days");
        }
        if (naibCouncil.seats() > rankBands.fedaykinCutoff()) {
            throw new InvalidFieldException("naib_seats", "cannot exceed the Fedaykin cut-off");
        }
        EnumMap<Tier, String> roles = new EnumMap<>(Tier.class);
        tierRoleIds.forEach((tier, role) -> {
            if (tier == Tier.NONE) {
                throw new InvalidFieldException("tier_roles", "the absence of a tier has no role");
            }
            roles.put(tier, Snowflake.require(role, "tier_roles." + tier.name().toLowerCase(java.util.Locale.ROOT)));
        });
        tierRoleIds = Map.copyOf(roles);
        adminRoleIds.forEach(role -> Snowflake.require(role, "admin_roles"));
        adminRoleIds = Set.copyOf(adminRoleIds);
        Objects.requireNonNull(activityRules, "activityRules");
    }

    public TierPolicy tierPolicy() {
        return new TierPolicy(tierLadder, rankBands, demotionGrace);
    }
}

package dev.tiergate.application.port.out.communitystats;

import dev.tiergate.domain.tier.Tier;
import java.util.EnumMap;
import java.util.Map;

/**
 * A community's counts: present members, ranked members, present members per tier (tiers nobody holds
 * are absent), and since an instant: members active, members joined, promotions and badge awards.
 */
public record CommunityCounts(int members, int ranked, Map<Tier, Integer> tiers, int activeSince, int joinedSince,
        int promotionsSince, int badgesAwardedSince) {

    public CommunityCounts {
        tiers = tiers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(tiers));
    }
}

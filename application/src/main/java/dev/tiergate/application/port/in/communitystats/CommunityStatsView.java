package dev.tiergate.application.port.in.communitystats;

import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.tier.Tier;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What /admin-stats shows: present and ranked members, members per tier (every tier, zero included),
 * this week's active, new, promoted members and badges awarded, and the top members by activity.
 */
public record CommunityStatsView(int members, int ranked, Map<Tier, Integer> tierDistribution, int activeThisWeek,
        int newThisWeek, int promotionsThisWeek, int badgesAwardedThisWeek, List<ActiveEntry> mostActive) {

    public static final int MOST_ACTIVE = 5;

    public CommunityStatsView {
        tierDistribution = Map.copyOf(new EnumMap<>(tierDistribution));
        mostActive = List.copyOf(mostActive);
    }

    /** A member and its activity balance now, rounded to whole points. */
    public record ActiveEntry(Nym nym, long points) {
    }
}

package dev.tiergate.domain.activity;

import dev.tiergate.domain.shared.InvalidFieldException;
import dev.tiergate.domain.shared.Snowflake;
import java.util.Optional;
import java.util.Set;

/**
 * Which channels earn activity: the tracked channel ids, or every channel when none is named.
 * At most {@link #MAX_TRACKED_CHANNELS} channels, each a Discord snowflake.
 */
public record ActivityRules(Set<String> trackedChannelIds) {

    public static final int MAX_TRACKED_CHANNELS = 500;
    public static final ActivityRules ALL_CHANNELS = new ActivityRules(Set.of());

    public ActivityRules {
        if (trackedChannelIds == null) {
            throw new InvalidFieldException("activity_rules.tracked_channels", "is required (empty means all channels)");
        }
        if (trackedChannelIds.size() > MAX_TRACKED_CHANNELS) {
            throw new InvalidFieldException("activity_rules.tracked_channels",
                    "may name at most " + MAX_TRACKED_CHANNELS + " channels");
        }
        trackedChannelIds.forEach(channel -> Snowflake.require(channel, "activity_rules.tracked_channels"));
        trackedChannelIds = Set.copyOf(trackedChannelIds);
    }

    /** Whether activity in this channel counts; activity without a channel counts only when every channel does. */
    public boolean tracks(Optional<String> channelId) {
        return trackedChannelIds.isEmpty() || channelId.filter(trackedChannelIds::contains).isPresent();
    }
}

package dev.tiergate.application.port.out.stats;

import dev.tiergate.domain.activity.ActivityBalance;
import java.time.Duration;
import java.util.Optional;

/** A member's stored figures: held badges, activity balance as last stored, total Naib time, tier changes. */
public record MemberStats(int badgeCount, Optional<ActivityBalance> activity, Duration naibSeatedTime,
        int tierChanges) {
}

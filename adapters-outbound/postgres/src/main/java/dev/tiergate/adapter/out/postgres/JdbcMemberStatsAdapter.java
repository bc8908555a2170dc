package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.stats.LoadMemberStatsPort;
import dev.tiergate.application.port.out.stats.MemberStats;
import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads a member's /stats figures in one statement: the held-badge count and activity balance from
 * its profile, its Naib terms summed (an open one up to now) and its tier changes counted, each from
 * the member's own index range.
 */
@Singleton
final class JdbcMemberStatsAdapter implements LoadMemberStatsPort {

    private static final String STATS = """
            SELECT p.badge_count, p.activity_points, p.activity_updated_at,
                   (SELECT COALESCE(SUM(EXTRACT(EPOCH FROM (GREATEST(COALESCE(s.unseated_at, ?), s.seated_at)
                                                            - s.seated_at))), 0)
                    FROM naib_seatings s
                    WHERE s.community_id = p.community_id AND s.user_id = p.user_id) AS naib_seconds,
                   (SELECT count(*) FROM tier_changes t
                    WHERE t.community_id = p.community_id AND t.user_id = p.user_id) AS tier_changes
            FROM member_profiles p
            WHERE p.community_id = ? AND p.user_id = ? AND p.left_at IS NULL""";

    private final ReadStatements reads;

    JdbcMemberStatsAdapter(ReadStatements reads) {
        this.reads = reads;
    }

    @Override
    public Optional<MemberStats> findMemberStats(CommunityId communityId, UserId member, Instant now) {
        return reads.list(STATS, List.of(now, communityId.value(), member.value()), row -> {
            OffsetDateTime updatedAt = row.getObject("activity_updated_at", OffsetDateTime.class);
            Optional<ActivityBalance> activity = updatedAt == null ? Optional.empty()
                    : Optional.of(new ActivityBalance(row.getDouble("activity_points"), updatedAt.toInstant()));
            Duration naib = Duration.ofMillis(Math.round(row.getDouble("naib_seconds") * 1000));
            return new MemberStats(row.getInt("badge_count"), activity, naib, row.getInt("tier_changes"));
        }).stream().findFirst();
    }
}

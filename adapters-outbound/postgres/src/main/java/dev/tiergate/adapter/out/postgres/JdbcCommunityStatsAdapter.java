package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.communitystats.ActiveMember;
import dev.tiergate.application.port.out.communitystats.CommunityCounts;
import dev.tiergate.application.port.out.communitystats.LoadCommunityStatsPort;
import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Tier;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a community for its admins, each figure from an index range: present members by join time,
 * ranked members by the last rank, tiers from the per-tier index, activity, tier changes and badge awards
 * by their time indexes; the most active members from the activity order index.
 */
@Singleton
final class JdbcCommunityStatsAdapter implements LoadCommunityStatsPort {

    private static final String COUNTS = """
            SELECT (SELECT count(*) FROM member_profiles WHERE community_id = ? AND left_at IS NULL),
                   (SELECT coalesce(max(rank), 0) FROM member_profiles WHERE community_id = ? AND rank IS NOT NULL),
                   (SELECT count(*) FROM member_profiles
                    WHERE community_id = ? AND left_at IS NULL AND last_active_at >= ?),
                   (SELECT count(*) FROM member_profiles WHERE community_id = ? AND left_at IS NULL AND joined_at >= ?),
                   (SELECT count(*) FROM tier_changes WHERE community_id = ? AND changed_at >= ? AND cause = 'PROMOTED'),
                   (SELECT count(*) FROM badge_awards WHERE community_id = ? AND awarded_at >= ?)""";
    private static final String TIERS = """
            SELECT tier, count(*) FROM member_profiles
            WHERE community_id = ? AND left_at IS NULL
            GROUP BY tier""";
    private static final String MOST_ACTIVE = """
            SELECT nym, activity_points, activity_updated_at FROM member_profiles
            WHERE community_id = ? AND left_at IS NULL AND activity_order IS NOT NULL
            ORDER BY activity_order DESC
            LIMIT ?""";

    private final ReadStatements statements;

    JdbcCommunityStatsAdapter(ReadStatements statements) {
        this.statements = statements;
    }

    @Override
    public CommunityCounts countSince(CommunityId communityId, Instant since) {
        String community = communityId.value();
        Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
        statements.list(TIERS, List.of(community), row -> tiers.put(Tier.valueOf(row.getString(1)), row.getInt(2)));
        return statements.list(COUNTS, List.of(community, community, community, since, community, since, community,
                        since, community, since),
                row -> new CommunityCounts(row.getInt(1), row.getInt(2), tiers, row.getInt(3), row.getInt(4),
                        row.getInt(5), row.getInt(6)))
                .getFirst();
    }

    @Override
    public List<ActiveMember> mostActive(CommunityId communityId, PageLimit limit) {
        return statements.list(MOST_ACTIVE, List.of(communityId.value(), limit.value()),
                row -> new ActiveMember(new Nym(row.getString("nym")), new ActivityBalance(row.getDouble("activity_points"),
                        row.getObject("activity_updated_at", OffsetDateTime.class).toInstant())));
    }
}

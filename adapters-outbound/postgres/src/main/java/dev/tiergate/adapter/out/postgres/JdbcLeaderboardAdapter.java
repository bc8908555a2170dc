package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.leaderboard.LeaderboardMember;
import dev.tiergate.application.port.out.leaderboard.LoadLeaderboardPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.leaderboard.TierTarget;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Reads the leaderboards from their indexes: the materialized rank, the badge board index (negated
 * badge count and score, so the mixed order is one ascending key) and the per-tier score index. The tier
 * board merges at most one short index scan per tier: within a tier, distance to the next tier falls as
 * the score rises, so each tier's top by score holds its closest members.
 */
@Singleton
final class JdbcLeaderboardAdapter implements LoadLeaderboardPort {

    private static final String PRESENT = "FROM member_profiles p WHERE p.community_id = ? AND p.left_at IS NULL";
    private static final String WITH_BADGES = PRESENT + " AND p.badge_count > 0";
    private static final String BADGE_KEY = "(-p.badge_count, -p.score, p.joined_at, p.user_number)";

    private static final String FIND_PRESENT = "SELECT " + MemberColumns.SELECT + " " + PRESENT + " AND p.user_id = ?";
    private static final String TOP_BY_RANK = "SELECT " + MemberColumns.SELECT
            + " FROM member_profiles p WHERE p.community_id = ? AND p.rank >= 1 ORDER BY p.rank LIMIT ?";
    private static final String LAST_RANK = """
            SELECT p.rank FROM member_profiles p WHERE p.community_id = ? AND p.rank IS NOT NULL
            ORDER BY p.rank DESC LIMIT 1""";
    private static final String TOP_BY_BADGES = "SELECT " + MemberColumns.SELECT + " " + WITH_BADGES
            + " ORDER BY -p.badge_count, -p.score, p.joined_at, p.user_number LIMIT ?";
    private static final String COUNT_WITH_BADGES = "SELECT count(*) " + WITH_BADGES;
    private static final String COUNT_AHEAD_BY_BADGES = "SELECT count(*) " + WITH_BADGES + " AND " + BADGE_KEY
            + " < (?, ?, ?, ?)";
    /** The targets arrive as two parallel arrays: each tier and the minimum of the tier above it. */
    private static final String TARGETS = "unnest(CAST(? AS text[]), CAST(? AS numeric[])) AS t(tier, next_min)";
    private static final String TOP_BY_TIER_PROGRESS = "SELECT top.* FROM " + TARGETS + """
             CROSS JOIN LATERAL (
                SELECT %s, t.next_min - p.score AS distance
                FROM member_profiles p
                WHERE p.community_id = ? AND p.left_at IS NULL AND p.tier = t.tier
                ORDER BY p.score DESC, p.joined_at, p.user_number
                LIMIT ?) top
            ORDER BY top.distance, top.score DESC, top.joined_at, top.user_number
            LIMIT ?""".formatted(MemberColumns.SELECT + ", p.user_number");
    private static final String COUNT_IN_TIERS = "SELECT count(*) " + PRESENT + " AND p.tier = ANY(?)";
    /**
     * Per tier (one correlated count each, so each is its own index range), the members whose distance
     * is smaller (score above next_min − d), or equal and ahead in the rank order; the first condition
     * bounds the range.
     */
    private static final String COUNT_AHEAD_BY_TIER_PROGRESS = """
            SELECT coalesce(sum((
                SELECT count(*) FROM member_profiles p
                WHERE p.community_id = ? AND p.left_at IS NULL AND p.tier = t.tier
                  AND p.score >= t.next_min - ?
                  AND (p.score > t.next_min - ? OR p.score > ? OR (p.score = ? AND (p.joined_at, p.user_number) < (?, ?)))
            )), 0)""" + " FROM " + TARGETS;

    private final ReadStatements statements;

    JdbcLeaderboardAdapter(ReadStatements statements) {
        this.statements = statements;
    }

    @Override
    public Optional<LeaderboardMember> findPresent(CommunityId communityId, UserId userId) {
        return statements.list(FIND_PRESENT, List.of(communityId.value(), userId.value()),
                MemberColumns::toLeaderboardMember).stream().findFirst();
    }

    @Override
    public List<LeaderboardMember> topByRank(CommunityId communityId, PageLimit limit) {
        return statements.list(TOP_BY_RANK, List.of(communityId.value(), limit.value()), MemberColumns::toLeaderboardMember);
    }

    @Override
    public int countRanked(CommunityId communityId) {
        return statements.count(LAST_RANK, List.of(communityId.value()));
    }

    @Override
    public List<LeaderboardMember> topByBadges(CommunityId communityId, PageLimit limit) {
        return statements.list(TOP_BY_BADGES, List.of(communityId.value(), limit.value()),
                MemberColumns::toLeaderboardMember);
    }

    @Override
    public int countWithBadges(CommunityId communityId) {
        return statements.count(COUNT_WITH_BADGES, List.of(communityId.value()));
    }

    @Override
    public int countAheadByBadges(CommunityId communityId, LeaderboardMember member) {
        return statements.count(COUNT_AHEAD_BY_BADGES, List.of(communityId.value(), -member.badgeCount(),
                member.score().value().negate(), member.joinedAt(), MemberColumns.userNumber(member.userId())));
    }

    @Override
    public List<LeaderboardMember> topByTierProgress(CommunityId communityId, List<TierTarget> targets,
            PageLimit limit) {
        if (targets.isEmpty()) {
            return List.of();
        }
        return statements.list(TOP_BY_TIER_PROGRESS, List.of(tiers(targets), nextMinimums(targets),
                communityId.value(), limit.value(), limit.value()), MemberColumns::toLeaderboardMember);
    }

    @Override
    public int countInTiers(CommunityId communityId, List<TierTarget> targets) {
        return statements.count(COUNT_IN_TIERS, List.of(communityId.value(), tiers(targets)));
    }

    @Override
    public int countAheadByTierProgress(CommunityId communityId, List<TierTarget> targets, TierTarget own,
            LeaderboardMember member) {
        BigDecimal distance = own.distance(member.score());
        BigDecimal score = member.score().value();
        return statements.count(COUNT_AHEAD_BY_TIER_PROGRESS, List.of(communityId.value(), distance, distance, score,
                score, member.joinedAt(), MemberColumns.userNumber(member.userId()), tiers(targets),
                nextMinimums(targets)));
    }

    private static String[] tiers(List<TierTarget> targets) {
        return targets.stream().map(t -> t.tier().name()).toArray(String[]::new);
    }

    private static BigDecimal[] nextMinimums(List<TierTarget> targets) {
        return targets.stream().map(t -> t.nextMinimum().value()).toArray(BigDecimal[]::new);
    }
}

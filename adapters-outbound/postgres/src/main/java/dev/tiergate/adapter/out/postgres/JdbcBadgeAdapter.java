package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.badge.AutomaticBadgeSweepPort;
import dev.tiergate.application.port.out.badge.LoadBadgesPort;
import dev.tiergate.application.port.out.badge.LoadFirstSeatingPort;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.badge.AutomaticBadgeInputs;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.BadgeAward;
import dev.tiergate.domain.badge.BadgeGrant;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Tier;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Badge awards in badge_awards, one row per award: an award is an insert that the partial unique
 * index badge_awards_held_unique makes idempotent (also under concurrency), a revocation sets the
 * revoked_* columns, and a re-award after revocation is a new row. Each statement also moves
 * member_profiles.badge_count by exactly the rows it inserted or revoked, so the count always
 * equals the held awards. The automatic badge sweep reads a page of present members with their
 * activity, tiers held and seatings in one statement, each member's history through its own index range.
 */
@Singleton
final class JdbcBadgeAdapter implements LoadBadgesPort, SaveBadgeAwardsPort, LoadFirstSeatingPort,
        AutomaticBadgeSweepPort {

    private static final String AWARD = """
            WITH awarded AS (
                INSERT INTO badge_awards (community_id, user_id, badge_id, awarded_at, awarded_by, award_reason)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (community_id, user_id, badge_id) WHERE revoked_at IS NULL DO NOTHING
                RETURNING community_id, user_id)
            UPDATE member_profiles p SET badge_count = p.badge_count + 1
            FROM awarded a
            WHERE p.community_id = a.community_id AND p.user_id = a.user_id""";

    private static final String REVOKE = """
            WITH revoked AS (
                UPDATE badge_awards
                SET revoked_at = GREATEST(awarded_at, ?), revoked_by = ?, revoke_reason = ?
                WHERE community_id = ? AND user_id = ? AND badge_id = ? AND revoked_at IS NULL
                RETURNING community_id, user_id)
            UPDATE member_profiles p SET badge_count = p.badge_count - 1
            FROM revoked r
            WHERE p.community_id = r.community_id AND p.user_id = r.user_id""";

    /** Grants skip every badge the member holds or ever held; the count moves by what was inserted per member. */
    private static final String GRANT_AUTOMATIC = """
            WITH wanted AS (
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS w(user_id, badge_id, awarded_by, reason)),
            awarded AS (
                INSERT INTO badge_awards (community_id, user_id, badge_id, awarded_at, awarded_by, award_reason)
                SELECT ?, w.user_id, w.badge_id, ?, w.awarded_by, w.reason
                FROM wanted w
                WHERE NOT EXISTS (SELECT 1 FROM badge_awards b
                                  WHERE b.community_id = ? AND b.user_id = w.user_id AND b.badge_id = w.badge_id)
                ON CONFLICT (community_id, user_id, badge_id) WHERE revoked_at IS NULL DO NOTHING
                RETURNING community_id, user_id),
            counted AS (
                SELECT community_id, user_id, count(*) AS awarded FROM awarded GROUP BY community_id, user_id)
            UPDATE member_profiles p SET badge_count = p.badge_count + c.awarded
            FROM counted c
            WHERE p.community_id = c.community_id AND p.user_id = c.user_id
            RETURNING c.awarded""";

    private static final String HELD = """
            SELECT badge_id, awarded_at, awarded_by, award_reason FROM badge_awards
            WHERE community_id = ? AND user_id = ? AND revoked_at IS NULL
            ORDER BY awarded_at DESC, id DESC
            LIMIT ?""";

    private static final String FIRST_SEATING = """
            SELECT seated_at FROM naib_seatings WHERE community_id = ? ORDER BY seated_at LIMIT 1""";

    private static final String ACTIVE_COMMUNITIES = """
            SELECT id FROM communities WHERE active AND id > ? ORDER BY id LIMIT ?""";

    /**
     * A page of present members in primary-key order (the key's range scan, never a sort of the
     * community), then per member: every tier held (current, and both ends of each tier change),
     * its earliest seating, and whether any seating was closed. The page is cut before the per-member
     * lookups, so a page costs its own members' index ranges only.
     */
    static final String BADGE_INPUTS = """
            SELECT p.user_id, p.joined_at, p.activity_points, p.activity_updated_at,
                   ARRAY(SELECT p.tier
                         UNION
                         SELECT unnest(ARRAY[c.from_tier, c.to_tier]) FROM tier_changes c
                         WHERE c.community_id = p.community_id AND c.user_id = p.user_id) AS tiers_held,
                   f.seated_at AS first_seated_at, f.unseated_at AS first_unseated_at,
                   EXISTS (SELECT 1 FROM naib_seatings s
                           WHERE s.community_id = p.community_id AND s.user_id = p.user_id
                             AND s.unseated_at IS NOT NULL) AS unseated_once
            FROM (SELECT community_id, user_id, joined_at, tier, activity_points, activity_updated_at
                  FROM member_profiles
                  WHERE community_id = ? AND left_at IS NULL AND user_id > ?
                  ORDER BY user_id
                  LIMIT ?) p
            LEFT JOIN LATERAL (SELECT s.seated_at, s.unseated_at FROM naib_seatings s
                               WHERE s.community_id = p.community_id AND s.user_id = p.user_id
                               ORDER BY s.seated_at
                               LIMIT 1) f ON true
            ORDER BY p.user_id""";

    private final ReadStatements reads;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcBadgeAdapter(ReadStatements reads, JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.reads = reads;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public List<BadgeAward> findHeldBadges(CommunityId communityId, UserId member) {
        return reads.list(HELD, List.of(communityId.value(), member.value(), MAX_HELD), JdbcBadgeAdapter::award);
    }

    @Override
    public boolean awardBadge(CommunityId communityId, BadgeGrant grant, Instant at) {
        return transactions.executeWrite(status -> jdbc.prepareStatement(AWARD, statement -> {
            statement.setString(1, communityId.value());
            statement.setString(2, grant.member().value());
            statement.setString(3, grant.badge().value());
            statement.setObject(4, Timestamps.parameter(at));
            statement.setString(5, grant.source().recorded());
            statement.setString(6, grant.reason());
            return statement.executeUpdate() == 1;
        }));
    }

    @Override
    public boolean revokeBadge(CommunityId communityId, UserId member, BadgeId badge, AwardSource by, String reason,
            Instant at) {
        return transactions.executeWrite(status -> jdbc.prepareStatement(REVOKE, statement -> {
            statement.setObject(1, Timestamps.parameter(at));
            statement.setString(2, by.recorded());
            statement.setString(3, reason);
            statement.setString(4, communityId.value());
            statement.setString(5, member.value());
            statement.setString(6, badge.value());
            return statement.executeUpdate() == 1;
        }));
    }

    @Override
    public int grantAutomaticBadges(CommunityId communityId, List<BadgeGrant> grants, Instant at) {
        Map<String, BadgeGrant> distinct = new LinkedHashMap<>();
        grants.forEach(grant -> distinct.putIfAbsent(grant.member().value() + '/' + grant.badge().value(), grant));
        if (distinct.isEmpty()) {
            return 0;
        }
        List<BadgeGrant> unique = List.copyOf(distinct.values());
        return transactions.executeWrite(status -> jdbc.prepareStatement(GRANT_AUTOMATIC, statement -> {
            Connection connection = statement.getConnection();
            statement.setArray(1, connection.createArrayOf("text",
                    unique.stream().map(g -> g.member().value()).toArray()));
            statement.setArray(2, connection.createArrayOf("text",
                    unique.stream().map(g -> g.badge().value()).toArray()));
            statement.setArray(3, connection.createArrayOf("text",
                    unique.stream().map(g -> g.source().recorded()).toArray()));
            statement.setArray(4, connection.createArrayOf("text", unique.stream().map(BadgeGrant::reason).toArray()));
            statement.setString(5, communityId.value());
            statement.setObject(6, Timestamps.parameter(at));
            statement.setString(7, communityId.value());
            int awarded = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    awarded += rows.getInt(1);
                }
            }
            return awarded;
        }));
    }

    @Override
    public Optional<Instant> firstSeatingAt(CommunityId communityId) {
        return reads.list(FIRST_SEATING, List.of(communityId.value()),
                row -> row.getObject(1, OffsetDateTime.class).toInstant()).stream().findFirst();
    }

    @Override
    public List<CommunityId> findActiveCommunities(Optional<CommunityId> after, PageLimit limit) {
        return reads.list(ACTIVE_COMMUNITIES, List.of(after.map(CommunityId::value).orElse(""), limit.value()),
                row -> new CommunityId(row.getString(1)));
    }

    @Override
    public List<AutomaticBadgeInputs> findBadgeInputs(CommunityId communityId, Optional<UserId> after,
            PageLimit limit) {
        return reads.list(BADGE_INPUTS, List.of(communityId.value(), after.map(UserId::value).orElse(""),
                limit.value()), JdbcBadgeAdapter::badgeInputs);
    }

    private static AutomaticBadgeInputs badgeInputs(ResultSet row) throws SQLException {
        UserId member = new UserId(row.getString("user_id"));
        Instant joinedAt = row.getObject("joined_at", OffsetDateTime.class).toInstant();
        OffsetDateTime activityAt = row.getObject("activity_updated_at", OffsetDateTime.class);
        ActivityBalance activity = activityAt == null ? ActivityBalance.none(joinedAt)
                : new ActivityBalance(row.getDouble("activity_points"), activityAt.toInstant());
        Set<Tier> tiersHeld = Arrays.stream((String[]) row.getArray("tiers_held").getArray())
                .map(Tier::valueOf).collect(Collectors.toUnmodifiableSet());
        Optional<Instant> seatedAt = instant(row, "first_seated_at");
        Optional<Instant> unseatedAt = instant(row, "first_unseated_at");
        Optional<Seating> firstSeating = seatedAt.map(at -> new Seating(member, at, unseatedAt));
        return new AutomaticBadgeInputs(member, joinedAt, activity, tiersHeld, firstSeating,
                row.getBoolean("unseated_once"));
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static BadgeAward award(ResultSet row) throws SQLException {
        return new BadgeAward(new BadgeId(row.getString("badge_id")),
                row.getObject("awarded_at", OffsetDateTime.class).toInstant(),
                AwardSource.parse(row.getString("awarded_by")), row.getString("award_reason"));
    }
}

package dev.tiergate.adapter.out.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** Community statements; a community is created at most once, whoever races to create it. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommunityRowRepository extends GenericRepository<CommunityRow, String> {

    /**
     * The community with its tier rules and badge catalog (in catalog order, at most as many as a
     * member may hold, LoadBadgesPort.MAX_HELD) in one statement: three primary-key look-ups.
     */
    @Query("""
            SELECT c.*, t.tier_names, t.tier_min_scores, t.tier_role_ids,
                   b.badge_ids, b.badge_names, b.badge_emojis, b.badge_categories, b.badge_descriptions
            FROM communities c
            CROSS JOIN LATERAL (
                SELECT array_agg(tier ORDER BY tier) AS tier_names,
                       array_agg(min_score::text ORDER BY tier) AS tier_min_scores,
                       array_agg(role_id ORDER BY tier) AS tier_role_ids
                FROM community_tiers WHERE community_id = c.id) t
            CROSS JOIN LATERAL (
                SELECT array_agg(badge_id ORDER BY position, badge_id) AS badge_ids,
                       array_agg(name ORDER BY position, badge_id) AS badge_names,
                       array_agg(emoji ORDER BY position, badge_id) AS badge_emojis,
                       array_agg(category ORDER BY position, badge_id) AS badge_categories,
                       array_agg(description ORDER BY position, badge_id) AS badge_descriptions
                FROM (SELECT * FROM community_badges WHERE community_id = c.id
                      ORDER BY position, badge_id LIMIT 200) catalog) b
            WHERE c.id = :id""")
    Optional<CommunityRulesRow> findWithRules(String id);

    /** Inserts the community unless it exists; returns 1 when this call created it. */
    @Query("""
            INSERT INTO communities (id, name, active, naib_seats, fedaykin_cutoff, at_risk_window, waitlist_size,
                                     demotion_grace_millis, launched_at, admin_role_ids, tracked_channel_ids)
            VALUES (:id, :name, :active, :naibSeats, :fedaykinCutoff, :atRiskWindow, :waitlistSize,
                    :demotionGraceMillis, :launchedAt, :adminRoleIds, :trackedChannelIds)
            ON CONFLICT (id) DO NOTHING""")
    int insertIfAbsent(String id, String name, boolean active, int naibSeats, int fedaykinCutoff, int atRiskWindow,
            int waitlistSize, long demotionGraceMillis, @Nullable Instant launchedAt,
            @TypeDef(type = DataType.STRING_ARRAY) String[] adminRoleIds,
            @TypeDef(type = DataType.STRING_ARRAY) String[] trackedChannelIds);
}

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

    Optional<CommunityRow> findById(String id);

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

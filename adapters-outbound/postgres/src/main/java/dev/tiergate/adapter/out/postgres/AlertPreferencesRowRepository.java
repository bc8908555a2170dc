package dev.tiergate.adapter.out.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Alert-preference statements, each on one member's row by primary key. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AlertPreferencesRowRepository extends GenericRepository<AlertPreferencesRow, ProfileKey> {

    @Query("SELECT * FROM alert_preferences WHERE community_id = :communityId AND user_id = :userId")
    Optional<AlertPreferencesRow> findMember(String communityId, String userId);

    /** The member's row, locked until the transaction ends. */
    @Query("SELECT * FROM alert_preferences WHERE community_id = :communityId AND user_id = :userId FOR UPDATE")
    Optional<AlertPreferencesRow> lockMember(String communityId, String userId);

    /** Stores these choices unless the member has a row already (then nothing changes). */
    @Query("""
            INSERT INTO alert_preferences (community_id, user_id, position_updates, at_risk_warnings, naib_alerts, frequency)
            VALUES (:communityId, :userId, :positionUpdates, :atRiskWarnings, :naibAlerts, :frequency)
            ON CONFLICT (community_id, user_id) DO NOTHING""")
    int insertIfMissing(String communityId, String userId, boolean positionUpdates, boolean atRiskWarnings,
            boolean naibAlerts, String frequency);

    @Query("""
            UPDATE alert_preferences
            SET position_updates = :positionUpdates, at_risk_warnings = :atRiskWarnings, naib_alerts = :naibAlerts,
                frequency = :frequency
            WHERE community_id = :communityId AND user_id = :userId""")
    int update(String communityId, String userId, boolean positionUpdates, boolean atRiskWarnings, boolean naibAlerts,
            String frequency);
}

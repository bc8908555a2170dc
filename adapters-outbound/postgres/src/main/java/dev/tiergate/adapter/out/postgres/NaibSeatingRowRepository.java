package dev.tiergate.adapter.out.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** Naib seating statements; opening and closing terms are idempotent. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface NaibSeatingRowRepository extends GenericRepository<NaibSeatingRow, Long> {

    /** A council has at most 100 seats (NaibCouncil's bound), so no community has more open terms. */
    int MAX_OPEN_TERMS = 100;

    @Query("""
            SELECT * FROM naib_seatings
            WHERE community_id = :communityId AND unseated_at IS NULL
            ORDER BY seated_at, id
            LIMIT :limit""")
    List<NaibSeatingRow> findOpen(String communityId, int limit);

    default List<NaibSeatingRow> findOpen(String communityId) {
        return findOpen(communityId, MAX_OPEN_TERMS);
    }

    /** Whether the member has an open term: one probe of the index of open terms. */
    @Query("""
            SELECT EXISTS (SELECT 1 FROM naib_seatings
                           WHERE community_id = :communityId AND user_id = :userId AND unseated_at IS NULL)""")
    boolean hasOpenTerm(String communityId, String userId);

    /** Opens a term for each member that has none open; returns how many were opened. */
    @Query("""
            INSERT INTO naib_seatings (community_id, user_id, seated_at)
            SELECT :communityId, seated.user_id, :at
            FROM unnest(CAST(:userIds AS text[])) AS seated(user_id)
            ON CONFLICT (community_id, user_id) WHERE unseated_at IS NULL DO NOTHING""")
    int openTerms(String communityId, @TypeDef(type = DataType.STRING_ARRAY) String[] userIds, Instant at);

    /** Closes each member's open term, if any; returns how many were closed. */
    @Query("""
            UPDATE naib_seatings SET unseated_at = GREATEST(seated_at, :at)
            WHERE community_id = :communityId AND user_id = ANY(:userIds) AND unseated_at IS NULL""")
    int closeTerms(String communityId, @TypeDef(type = DataType.STRING_ARRAY) String[] userIds, Instant at);
}

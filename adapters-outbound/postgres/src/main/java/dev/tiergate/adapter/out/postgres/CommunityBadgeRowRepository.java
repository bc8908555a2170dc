package dev.tiergate.adapter.out.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Badge-catalog statements of one community, in catalog order. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommunityBadgeRowRepository extends GenericRepository<CommunityBadgeRow, CommunityBadgeKey> {

    /** No catalog holds more badges than a member may hold (LoadBadgesPort.MAX_HELD). */
    @Query("SELECT * FROM community_badges WHERE community_id = :communityId ORDER BY position, badge_id LIMIT 200")
    List<CommunityBadgeRow> findByCommunity(String communityId);

    <S extends CommunityBadgeRow> List<S> saveAll(Iterable<S> rows);
}

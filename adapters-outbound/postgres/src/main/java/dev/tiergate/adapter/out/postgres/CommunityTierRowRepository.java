package dev.tiergate.adapter.out.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Tier-rule statements of one community; a community has at most one row per tier. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommunityTierRowRepository extends GenericRepository<CommunityTierRow, CommunityTierKey> {

    /** At most one row per tier, so the limit never cuts a community's rules short. */
    @Query("SELECT * FROM community_tiers WHERE community_id = :communityId LIMIT 16")
    List<CommunityTierRow> findByCommunity(String communityId);

    <S extends CommunityTierRow> List<S> saveAll(Iterable<S> rows);
}

package dev.tiergate.adapter.out.postgres;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Tier-rule statements of one community; a community has at most one row per tier. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommunityTierRowRepository extends GenericRepository<CommunityTierRow, CommunityTierKey> {

    <S extends CommunityTierRow> List<S> saveAll(Iterable<S> rows);
}

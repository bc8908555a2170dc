package dev.tiergate.adapter.out.postgres;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Badge-catalog statements of one community, in catalog order. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommunityBadgeRowRepository extends GenericRepository<CommunityBadgeRow, CommunityBadgeKey> {

    <S extends CommunityBadgeRow> List<S> saveAll(Iterable<S> rows);
}

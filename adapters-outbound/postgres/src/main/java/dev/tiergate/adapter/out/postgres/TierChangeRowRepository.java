package dev.tiergate.adapter.out.postgres;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Appends to the tier history; entries are never updated. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TierChangeRowRepository extends GenericRepository<TierChangeRow, Long> {

    <S extends TierChangeRow> List<S> saveAll(Iterable<S> rows);
}

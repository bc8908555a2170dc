package dev.tiergate.adapter.out.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/**
 * Nym autocomplete over member_profiles_nym_prefix. The LIKE (wildcards escaped, see {@link LikePrefix})
 * is the match; the byte range from the prefix to the prefix followed by U+10FFFF (a character no nym
 * holds) is the same set, stated so the planner bounds the index scan even in a generic plan, where a
 * bound LIKE pattern tells it no prefix. Ordered in the index's byte order, so no sort is needed.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface NymSuggestionRepository extends GenericRepository<EditableProfileRow, ProfileKey> {

    @Query("""
            SELECT nym FROM member_profiles
            WHERE community_id = :communityId AND left_at IS NULL
              AND nym_key ~>=~ :keyPrefix AND nym_key ~<~ (:keyPrefix || chr(1114111))
              AND nym_key LIKE :pattern ESCAPE '\\'
            ORDER BY nym_key USING ~<~
            LIMIT :limit""")
    List<String> findNymsStartingWith(String communityId, String keyPrefix, String pattern, int limit);
}

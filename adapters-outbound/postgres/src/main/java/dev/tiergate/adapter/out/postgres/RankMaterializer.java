package dev.tiergate.adapter.out.postgres;

import dev.tiergate.domain.community.CommunityId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

/**
 * Keeps member_profiles.rank exact: after anything that moves a score or changes who is ranked,
 * one statement numbers the community's ranked members in the one rank order (score desc,
 * joined-at, then the numerically smaller user id) and writes only the ranks that changed.
 *
 * <p>Members who stop being ranked lose their rank in the statement that unranks them (a check
 * constraint holds every writer to that), so the ranked members are the only rows to number.
 * Run it inside the writer's transaction, under the community's lock.
 */
@Singleton
final class RankMaterializer {

    private static final String RERANK = """
            UPDATE member_profiles p SET rank = changed.new_rank
            FROM (SELECT numbered.user_id, numbered.new_rank
                  FROM (SELECT user_id, rank,
                               row_number() OVER (ORDER BY score DESC, joined_at, user_number)::integer AS new_rank
                        FROM member_profiles
                        WHERE community_id = ? AND left_at IS NULL AND score > 0) numbered
                  WHERE numbered.rank IS DISTINCT FROM numbered.new_rank) changed
            WHERE p.community_id = ? AND p.user_id = changed.user_id""";

    private final JdbcOperations jdbc;

    RankMaterializer(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Re-numbers the community's ranking; returns how many members' ranks changed. */
    int rerank(CommunityId communityId) {
        return jdbc.prepareStatement(RERANK, statement -> {
            statement.setString(1, communityId.value());
            statement.setString(2, communityId.value());
            return statement.executeUpdate();
        });
    }
}

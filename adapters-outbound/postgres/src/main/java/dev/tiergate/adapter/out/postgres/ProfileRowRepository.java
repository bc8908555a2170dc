package dev.tiergate.adapter.out.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Member-profile statements. Each is scoped by community and answers from an index: the primary
 * key, the nym key, the wallet, or the materialized rank; lists are bounded by LIMIT.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProfileRowRepository extends GenericRepository<ProfileRow, ProfileKey> {

    /** The member, whether or not it left. */
    @Query("SELECT * FROM member_profiles WHERE community_id = :communityId AND user_id = :userId")
    Optional<ProfileRow> findMember(String communityId, String userId);

    @Query("""
            SELECT * FROM member_profiles
            WHERE community_id = :communityId AND user_id = :userId AND left_at IS NULL""")
    Optional<ProfileRow> findPresent(String communityId, String userId);

    @Query("""
            SELECT * FROM member_profiles
            WHERE community_id = :communityId AND nym_key = :nymKey AND left_at IS NULL""")
    Optional<ProfileRow> findPresentByNymKey(String communityId, String nymKey);

    /** The members (left ones included: they keep their nym) holding any of these nym keys. */
    @Query("""
            SELECT * FROM member_profiles
            WHERE community_id = :communityId AND nym_key = ANY(:nymKeys)
            LIMIT :limit""")
    List<ProfileRow> findByNymKeys(String communityId, @TypeDef(type = DataType.STRING_ARRAY) String[] nymKeys,
            int limit);

    @Query("""
            SELECT * FROM member_profiles
            WHERE community_id = :communityId AND wallet = ANY(:wallets)
            LIMIT :limit""")
    List<ProfileRow> findByWallets(String communityId, @TypeDef(type = DataType.STRING_ARRAY) String[] wallets,
            int limit);

    @Query("""
            SELECT * FROM member_profiles
            WHERE community_id = :communityId AND user_id = :userId AND rank IS NOT NULL""")
    Optional<ProfileRow> findRanked(String communityId, String userId);

    @Query("SELECT * FROM member_profiles WHERE community_id = :communityId AND rank = :rank")
    Optional<ProfileRow> findAtRank(String communityId, int rank);

    /**
     * A member's neighbourhood in one statement: the member's row by primary key, then one probe of the
     * rank index for each of its rank, the ranks beside it and the cut-off. No row of the member when it
     * is unranked; then only the cut-off's holder, if any.
     */
    @Query("""
            SELECT user_id, nym, score, rank FROM member_profiles
            WHERE community_id = :communityId
              AND rank = ANY(ARRAY(SELECT unnest(ARRAY[me.rank - 1, me.rank, me.rank + 1])
                                   FROM member_profiles me
                                   WHERE me.community_id = :communityId AND me.user_id = :userId
                                     AND me.rank IS NOT NULL) || :cutoff::integer)
            ORDER BY rank""")
    List<RankedRow> findNeighbourhood(String communityId, String userId, int cutoff);

    @Query("""
            SELECT * FROM member_profiles
            WHERE community_id = :communityId AND rank >= :fromRank
            ORDER BY rank
            LIMIT :limit""")
    List<ProfileRow> findFromRank(String communityId, int fromRank, int limit);

    /** The last rank, which is the number of ranked members: one step down the rank index. */
    @Query("""
            SELECT rank FROM member_profiles
            WHERE community_id = :communityId AND rank IS NOT NULL
            ORDER BY rank DESC
            LIMIT 1""")
    Optional<Integer> findLastRank(String communityId);

    /**
     * The named members, the top {@code throughRank}, rank-based tier holders and pending demotions;
     * never a member who left, whose tier stays as it was until the member returns.
     */
    @Query("""
            SELECT * FROM member_profiles
            WHERE community_id = :communityId AND left_at IS NULL
              AND (user_id = ANY(:named)
                   OR rank <= :throughRank
                   OR tier IN ('NAIB', 'FEDAYKIN')
                   OR tier_below_since IS NOT NULL)
            ORDER BY rank NULLS LAST, user_number
            LIMIT :limit""")
    List<ProfileRow> findTierCandidates(String communityId, @TypeDef(type = DataType.STRING_ARRAY) String[] named,
            int throughRank, int limit);

    /** A new member: score zero (so unranked), no tier. */
    @Query("""
            INSERT INTO member_profiles (community_id, user_id, nym, nym_key, joined_at)
            VALUES (:communityId, :userId, :nym, :nymKey, :joinedAt)""")
    void insertMember(String communityId, String userId, String nym, String nymKey, Instant joinedAt);

    /** A member created by a score update gets its real nym and join time on its first registration. */
    @Query("""
            UPDATE member_profiles
            SET nym = :nym, nym_key = :nymKey, nym_placeholder = false, joined_at = :joinedAt
            WHERE community_id = :communityId AND user_id = :userId""")
    int replacePlaceholder(String communityId, String userId, String nym, String nymKey, Instant joinedAt);

    @Query("""
            UPDATE member_profiles SET left_at = NULL
            WHERE community_id = :communityId AND user_id = :userId""")
    int restore(String communityId, String userId);
}

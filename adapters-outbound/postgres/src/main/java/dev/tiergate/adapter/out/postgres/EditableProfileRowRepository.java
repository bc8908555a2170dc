package dev.tiergate.adapter.out.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * The statements of /profile edit, each on one present member by primary key. A write that finds no
 * row (the member left, or its nym changed since it was read) updates nothing and says so by its count.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface EditableProfileRowRepository extends GenericRepository<EditableProfileRow, ProfileKey> {

    @Query("""
            SELECT community_id, user_id, nym, bio, nym_changed_at FROM member_profiles
            WHERE community_id = :communityId AND user_id = :userId AND left_at IS NULL""")
    Optional<EditableProfileRow> findPresent(String communityId, String userId);

    @Query("""
            UPDATE member_profiles SET bio = :bio
            WHERE community_id = :communityId AND user_id = :userId AND left_at IS NULL""")
    int updateBio(String communityId, String userId, String bio);

    /**
     * A new nym (no longer a placeholder) and, when given, a new bio, applied only while the last nym
     * change is still {@code expectedLastChange}; a nym key another member holds violates
     * member_profiles_nym_key_unique.
     */
    @Query("""
            UPDATE member_profiles
            SET nym = :nym, nym_key = :nymKey, nym_placeholder = false, nym_changed_at = :changedAt,
                bio = COALESCE(:bio, bio)
            WHERE community_id = :communityId AND user_id = :userId AND left_at IS NULL
              AND nym_changed_at IS NOT DISTINCT FROM :expectedLastChange""")
    int changeNym(String communityId, String userId, String nym, String nymKey, Instant changedAt, @Nullable String bio,
            @Nullable Instant expectedLastChange);
}

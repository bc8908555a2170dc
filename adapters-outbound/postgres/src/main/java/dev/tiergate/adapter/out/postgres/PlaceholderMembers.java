package dev.tiergate.adapter.out.postgres;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Gives a member the community never saw a profile, as a score or activity would: placeholder nym
 * {@code member-<user id>} (suffixed when taken), unranked, joined at the event's time; its first join
 * fills in the real nym and join time. Call it inside the writer's transaction, under the community's lock.
 */
@Singleton
final class PlaceholderMembers {

    private static final String PREFIX = "member-";

    private static final String INSERT = """
            INSERT INTO member_profiles (community_id, user_id, nym, nym_key, nym_placeholder, joined_at)
            VALUES (?, ?, ?, ?, true, ?)""";

    private final NymAllocator nyms;
    private final JdbcOperations jdbc;

    PlaceholderMembers(NymAllocator nyms, JdbcOperations jdbc) {
        this.nyms = nyms;
        this.jdbc = jdbc;
    }

    void create(CommunityId communityId, UserId userId, Instant joinedAt) {
        Nym nym = nyms.firstFree(communityId, userId, new Nym(PREFIX + userId.value()));
        jdbc.prepareStatement(INSERT, statement -> {
            statement.setString(1, communityId.value());
            statement.setString(2, userId.value());
            statement.setString(3, nym.value());
            statement.setString(4, nym.key());
            statement.setObject(5, Timestamps.parameter(joinedAt));
            return statement.executeUpdate();
        });
    }
}

package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;

/**
 * Loads and registers member profiles. Members who left are invisible to loads but keep their
 * row and nym, so re-joining restores them. A profile that a score update created for an unknown
 * member carries a placeholder nym until the member's first registration fills in the real nym
 * and join time; after that, registering again changes nothing.
 */
@Singleton
final class JdbcProfileAdapter implements LoadProfilesPort, RegisterMemberPort {

    private final ProfileRowRepository profiles;
    private final NymAllocator nyms;
    private final RankMaterializer ranks;
    private final CommunityAdvisoryLock lock;
    private final TransactionOperations<Connection> transactions;

    JdbcProfileAdapter(ProfileRowRepository profiles, NymAllocator nyms, RankMaterializer ranks,
            CommunityAdvisoryLock lock, TransactionOperations<Connection> transactions) {
        this.profiles = profiles;
        this.nyms = nyms;
        this.ranks = ranks;
        this.lock = lock;
        this.transactions = transactions;
    }

    @Override
    public Optional<MemberProfile> findProfile(CommunityId communityId, UserId userId) {
        return profiles.findPresent(communityId.value(), userId.value()).map(ProfileMapper::toProfile);
    }

    @Override
    public Optional<MemberProfile> findProfileByNym(CommunityId communityId, Nym nym) {
        return profiles.findPresentByNymKey(communityId.value(), nym.key()).map(ProfileMapper::toProfile);
    }

    @Override
    public MemberProfile registerMember(CommunityId communityId, UserId userId, Nym wanted, Instant joinedAt) {
        return transactions.executeWrite(status -> {
            lock.acquire(communityId);
            String community = communityId.value();
            String user = userId.value();
            Optional<ProfileRow> existing = profiles.findMember(community, user);
            if (existing.isEmpty()) {
                Nym nym = nyms.firstFree(communityId, userId, wanted);
                profiles.insertMember(community, user, nym.value(), nym.key(), Timestamps.stored(joinedAt));
                return reload(communityId, userId);
            }
            ProfileRow row = existing.get();
            if (!row.nymPlaceholder() && row.leftAt() == null) {
                return ProfileMapper.toProfile(row);
            }
            if (row.nymPlaceholder()) {
                Nym nym = nyms.firstFree(communityId, userId, wanted);
                profiles.replacePlaceholder(community, user, nym.value(), nym.key(), Timestamps.stored(joinedAt));
            }
            if (row.leftAt() != null) {
                profiles.restore(community, user);
            }
            // The join time moved, or a member with a score is back: either can reorder the ranking.
            if (row.score().signum() > 0) {
                ranks.rerank(communityId);
            }
            return reload(communityId, userId);
        });
    }

    private MemberProfile reload(CommunityId communityId, UserId userId) {
        return profiles.findMember(communityId.value(), userId.value()).map(ProfileMapper::toProfile).orElseThrow();
    }
}

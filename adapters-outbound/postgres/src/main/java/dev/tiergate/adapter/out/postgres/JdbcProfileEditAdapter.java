package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.profile.EditableProfile;
import dev.tiergate.application.port.out.profile.ProfileChange;
import dev.tiergate.application.port.out.profile.ProfileUpdate;
import dev.tiergate.application.port.out.profile.UpdateProfilePort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.UserId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Edits a present member's nym and bio in one statement. A nym change holds the community's write
 * lock, as registration does, so a nym the registration allocator found free stays free until it is
 * stored; the unique (community, nym key) constraint decides who holds a nym, and its violation is
 * answered as {@link ProfileUpdate.NymTaken}.
 */
@Singleton
final class JdbcProfileEditAdapter implements UpdateProfilePort {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String NYM_KEY_UNIQUE = "member_profiles_nym_key_unique";

    private final EditableProfileRowRepository profiles;
    private final CommunityAdvisoryLock lock;
    private final TransactionOperations<Connection> transactions;

    JdbcProfileEditAdapter(EditableProfileRowRepository profiles, CommunityAdvisoryLock lock,
            TransactionOperations<Connection> transactions) {
        this.profiles = profiles;
        this.lock = lock;
        this.transactions = transactions;
    }

    @Override
    public Optional<EditableProfile> findEditable(CommunityId communityId, UserId member) {
        return profiles.findPresent(communityId.value(), member.value())
                .map(row -> new EditableProfile(new Nym(row.nym()), new Bio(row.bio()),
                        Optional.ofNullable(row.nymChangedAt())));
    }

    @Override
    public ProfileUpdate updateProfile(CommunityId communityId, UserId member, ProfileChange change) {
        String community = communityId.value();
        String user = member.value();
        if (change.nym().isEmpty()) {
            int updated = profiles.updateBio(community, user, change.bio().orElseThrow().value());
            return updated == 1 ? new ProfileUpdate.Saved() : new ProfileUpdate.Outdated();
        }
        Nym nym = change.nym().get();
        try {
            int updated = transactions.executeWrite(status -> {
                lock.acquire(communityId);
                return profiles.changeNym(community, user, nym.value(), nym.key(), Timestamps.stored(change.at()),
                        change.bio().map(Bio::value).orElse(null),
                        change.expectedLastNymChange().map(Timestamps::stored).orElse(null));
            });
            return updated == 1 ? new ProfileUpdate.Saved() : new ProfileUpdate.Outdated();
        } catch (RuntimeException failure) {
            if (violatesNymUniqueness(failure)) {
                return new ProfileUpdate.NymTaken();
            }
            throw failure;
        }
    }

    private static boolean violatesNymUniqueness(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && UNIQUE_VIOLATION.equals(psql.getSQLState())) {
                ServerErrorMessage detail = psql.getServerErrorMessage();
                return detail != null && NYM_KEY_UNIQUE.equals(detail.getConstraint());
            }
        }
        return false;
    }
}

package dev.tiergate.application.service.privacy;

import dev.tiergate.application.port.in.privacy.DeleteMemberDataCommand;
import dev.tiergate.application.port.in.privacy.DeleteMemberDataUseCase;
import dev.tiergate.application.port.in.privacy.MemberDataDeletion;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.privacy.EraseMemberDataPort;
import dev.tiergate.application.port.out.privacy.ForgetMemberStatePort;
import dev.tiergate.application.port.out.privacy.MemberErasure;
import dev.tiergate.application.port.out.privacy.RecordDataDeletionPort;
import dev.tiergate.application.port.out.session.SessionKey;
import dev.tiergate.application.port.out.session.SessionStorePort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.tier.TierReassessment;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Deletes a member in one community transaction: its rows (the ranks re-numbered), then seats and
 * tiers of the others if the member held a rank or a seat, then the audit row, and last its
 * short-lived state, so a store that cannot be reached rolls the whole deletion back and a retry
 * finds it whole. The short-lived state is forgotten even when no row is stored.
 */
public final class DeleteMemberDataService implements DeleteMemberDataUseCase {

    /** Every kind of session a member can hold: the directory browser's (BrowseDirectoryService). */
    private static final List<String> SESSION_KINDS = List.of("directory");

    private final CommunityWriteLockPort lock;
    private final LoadCommunityPort communities;
    private final EraseMemberDataPort erase;
    private final TierReassessment tiers;
    private final RecordDataDeletionPort audit;
    private final SessionStorePort sessions;
    private final ForgetMemberStatePort shortLivedState;
    private final Clock clock;

    public DeleteMemberDataService(CommunityWriteLockPort lock, LoadCommunityPort communities,
            EraseMemberDataPort erase, TierReassessment tiers, RecordDataDeletionPort audit,
            SessionStorePort sessions, ForgetMemberStatePort shortLivedState, Clock clock) {
        this.lock = lock;
        this.communities = communities;
        this.erase = erase;
        this.tiers = tiers;
        this.audit = audit;
        this.sessions = sessions;
        this.shortLivedState = shortLivedState;
        this.clock = clock;
    }

    @Override
    public MemberDataDeletion deleteMemberData(DeleteMemberDataCommand command) {
        CommunityId communityId = command.communityId();
        UserId member = command.userId();
        return lock.inCommunityTransaction(communityId, () -> {
            Optional<Community> community = communities.loadCommunity(communityId);
            Optional<MemberErasure> erasure = community.flatMap(found -> erase.eraseMemberData(communityId, member));
            MemberDataDeletion outcome = erasure.<MemberDataDeletion>map(erased -> {
                Instant now = clock.instant();
                if (erased.movedOthers()) {
                    tiers.reassess(community.orElseThrow(), List.of(), now);
                }
                audit.recordDataDeletion(communityId, member, command.actor(), erased.rows(), now);
                return new MemberDataDeletion.Deleted(erased.rows());
            }).orElseGet(MemberDataDeletion.NothingToDelete::new);
            forgetShortLivedState(communityId, member);
            return outcome;
        });
    }

    private void forgetShortLivedState(CommunityId communityId, UserId member) {
        SESSION_KINDS.forEach(kind -> sessions.deleteSession(new SessionKey(communityId, member, kind)));
        shortLivedState.forgetMemberState(communityId, member);
    }
}

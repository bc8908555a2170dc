package dev.tiergate.application.service.member;

import dev.tiergate.application.port.in.member.LeaveMemberCommand;
import dev.tiergate.application.port.in.member.LeaveMemberUseCase;
import dev.tiergate.application.port.in.member.MemberLeaveResult;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.member.MembershipPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.tier.TierReassessment;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.profile.Membership;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Applies a member.leave in one community transaction: skips it when a newer join or leave was applied,
 * marks the member left (unranked, ranks renumbered), then reseats the council and reassesses tiers
 * as the score batches do, so a departing Naib loses its seat in the same commit.
 */
public final class LeaveMemberService implements LeaveMemberUseCase {

    private final CommunityWriteLockPort lock;
    private final EnsureCommunityPort communities;
    private final MembershipPort memberships;
    private final TierReassessment tiers;
    private final Clock clock;

    public LeaveMemberService(CommunityWriteLockPort lock, EnsureCommunityPort communities, MembershipPort memberships,
            TierReassessment tiers, Clock clock) {
        this.lock = lock;
        this.communities = communities;
        this.memberships = memberships;
        this.tiers = tiers;
        this.clock = clock;
    }

    @Override
    public MemberLeaveResult leaveMember(LeaveMemberCommand command) {
        return lock.inCommunityTransaction(command.communityId(), () -> {
            Community community = communities.ensureCommunity(command.communityId());
            Optional<Membership> before = memberships.findMembership(command.communityId(), command.userId());
            if (before.isPresent() && !before.get().isSupersededBy(command.at())) {
                return new MemberLeaveResult.Outdated();
            }
            memberships.recordLeave(command.communityId(), command.userId(), command.at());
            if (before.isEmpty()) {
                return new MemberLeaveResult.Left(0, 0);
            }
            if (before.get().left()) {
                return new MemberLeaveResult.AlreadyLeft();
            }
            TierReassessment.Result moved = tiers.reassess(community, List.of(command.userId()), clock.instant());
            return new MemberLeaveResult.Left(moved.seatChanges(), moved.tierChanges());
        });
    }
}

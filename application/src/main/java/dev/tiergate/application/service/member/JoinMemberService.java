package dev.tiergate.application.service.member;

import dev.tiergate.application.port.in.member.JoinMemberCommand;
import dev.tiergate.application.port.in.member.JoinMemberUseCase;
import dev.tiergate.application.port.in.member.MemberJoinResult;
import dev.tiergate.application.port.in.member.RegisterMemberCommand;
import dev.tiergate.application.port.in.member.RegisterMemberUseCase;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.member.MembershipPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.tier.TierReassessment;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Membership;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Applies a member.join in one community transaction: skips it when a newer join or leave was applied,
 * registers the member (the registration use case joins this transaction), stamps the join and stores
 * the avatar; when the member re-enters the ranking (a return, or its real join time replacing a
 * placeholder's), seats and tiers follow at once.
 */
public final class JoinMemberService implements JoinMemberUseCase {

    private final CommunityWriteLockPort lock;
    private final EnsureCommunityPort communities;
    private final MembershipPort memberships;
    private final RegisterMemberUseCase registration;
    private final TierReassessment tiers;
    private final Clock clock;

    public JoinMemberService(CommunityWriteLockPort lock, EnsureCommunityPort communities, MembershipPort memberships,
            RegisterMemberUseCase registration, TierReassessment tiers, Clock clock) {
        this.lock = lock;
        this.communities = communities;
        this.memberships = memberships;
        this.registration = registration;
        this.tiers = tiers;
        this.clock = clock;
    }

    @Override
    public MemberJoinResult joinMember(JoinMemberCommand command) {
        return lock.inCommunityTransaction(command.communityId(), () -> {
            Community community = communities.ensureCommunity(command.communityId());
            Optional<Membership> before = memberships.findMembership(command.communityId(), command.userId());
            if (before.isPresent() && !before.get().isSupersededBy(command.at())) {
                return new MemberJoinResult.Outdated();
            }
            boolean present = before.filter(Membership::isPresentAndRegistered).isPresent();
            MemberProfile profile = registration.registerMember(new RegisterMemberCommand(command.communityId(),
                    command.userId(), command.username(), command.at()));
            memberships.recordJoin(command.communityId(), command.userId(),
                    present ? Optional.empty() : command.avatarUrl(), command.at());
            if (present) {
                return new MemberJoinResult.AlreadyPresent(profile.nym());
            }
            if (profile.isRanked()) {
                tiers.reassess(community, List.of(command.userId()), clock.instant());
            }
            return before.filter(membership -> membership.left() && membership.registered()).isPresent()
                    ? new MemberJoinResult.Returned(profile.nym())
                    : new MemberJoinResult.Joined(profile.nym());
        });
    }
}

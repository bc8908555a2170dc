package dev.tiergate.bootstrap.wiring;

import dev.tiergate.application.port.in.community.JoinCommunityUseCase;
import dev.tiergate.application.port.in.community.LeaveCommunityUseCase;
import dev.tiergate.application.port.in.member.JoinMemberUseCase;
import dev.tiergate.application.port.in.member.LeaveMemberUseCase;
import dev.tiergate.application.port.in.member.PurgeLeftMembersUseCase;
import dev.tiergate.application.port.in.member.RecordMemberRolesUseCase;
import dev.tiergate.application.port.in.member.RegisterMemberUseCase;
import dev.tiergate.application.port.out.community.CommunityPresencePort;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.member.MembershipPort;
import dev.tiergate.application.port.out.member.PurgeLeftMembersPort;
import dev.tiergate.application.port.out.member.RecordMemberRolesPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.community.JoinCommunityService;
import dev.tiergate.application.service.community.LeaveCommunityService;
import dev.tiergate.application.service.member.JoinMemberService;
import dev.tiergate.application.service.member.LeaveMemberService;
import dev.tiergate.application.service.member.PurgeLeftMembersService;
import dev.tiergate.application.service.member.RecordMemberRolesService;
import dev.tiergate.application.service.tier.TierReassessment;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Creates the lifecycle use cases: the bot joining and leaving guilds, members joining, leaving and
 * changing roles (driven by the EVENTS stream), and the retention purge (run by a scheduled job).
 */
@Factory
class MemberLifecycleFactory {

    @Singleton
    JoinCommunityUseCase joinCommunity(CommunityWriteLockPort lock, LoadCommunityPort stored,
            EnsureCommunityPort communities, CommunityPresencePort presence) {
        return new JoinCommunityService(lock, stored, communities, presence);
    }

    @Singleton
    LeaveCommunityUseCase leaveCommunity(CommunityWriteLockPort lock, LoadCommunityPort stored,
            EnsureCommunityPort communities, CommunityPresencePort presence) {
        return new LeaveCommunityService(lock, stored, communities, presence);
    }

    @Singleton
    JoinMemberUseCase joinMember(CommunityWriteLockPort lock, EnsureCommunityPort communities,
            MembershipPort memberships, RegisterMemberUseCase registration, TierReassessment tiers, Clock clock) {
        return new JoinMemberService(lock, communities, memberships, registration, tiers, clock);
    }

    @Singleton
    LeaveMemberUseCase leaveMember(CommunityWriteLockPort lock, EnsureCommunityPort communities,
            MembershipPort memberships, TierReassessment tiers, Clock clock) {
        return new LeaveMemberService(lock, communities, memberships, tiers, clock);
    }

    @Singleton
    RecordMemberRolesUseCase recordMemberRoles(CommunityWriteLockPort lock, EnsureCommunityPort communities,
            RecordMemberRolesPort roles) {
        return new RecordMemberRolesService(lock, communities, roles);
    }

    @Singleton
    PurgeLeftMembersUseCase purgeLeftMembers(PurgeLeftMembersPort members, Clock clock) {
        return new PurgeLeftMembersService(members, clock);
    }
}

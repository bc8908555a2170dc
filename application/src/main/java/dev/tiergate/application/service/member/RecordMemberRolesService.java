package dev.tiergate.application.service.member;

import dev.tiergate.application.port.in.member.MemberRolesResult;
import dev.tiergate.application.port.in.member.RecordMemberRolesCommand;
import dev.tiergate.application.port.in.member.RecordMemberRolesUseCase;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.member.RecordMemberRolesPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;

/** Stores a member's roles in one community transaction, creating the community and the member when unknown. */
public final class RecordMemberRolesService implements RecordMemberRolesUseCase {

    private final CommunityWriteLockPort lock;
    private final EnsureCommunityPort communities;
    private final RecordMemberRolesPort roles;

    public RecordMemberRolesService(CommunityWriteLockPort lock, EnsureCommunityPort communities,
            RecordMemberRolesPort roles) {
        this.lock = lock;
        this.communities = communities;
        this.roles = roles;
    }

    @Override
    public MemberRolesResult recordMemberRoles(RecordMemberRolesCommand command) {
        return lock.inCommunityTransaction(command.communityId(), () -> {
            communities.ensureCommunity(command.communityId());
            return roles.recordRoles(command.communityId(), command.userId(), command.roleIds(), command.at())
                    ? new MemberRolesResult.Recorded()
                    : new MemberRolesResult.Outdated();
        });
    }
}

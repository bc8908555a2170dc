package dev.tiergate.application.service.member;

import dev.tiergate.application.port.in.member.RegisterMemberCommand;
import dev.tiergate.application.port.in.member.RegisterMemberUseCase;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Nym;

/** Registers a member in its community, creating the community on the first event that names it. */
public final class RegisterMemberService implements RegisterMemberUseCase {

    private final CommunityWriteLockPort lock;
    private final EnsureCommunityPort communities;
    private final RegisterMemberPort members;

    public RegisterMemberService(CommunityWriteLockPort lock, EnsureCommunityPort communities,
            RegisterMemberPort members) {
        this.lock = lock;
        this.communities = communities;
        this.members = members;
    }

    @Override
    public MemberProfile registerMember(RegisterMemberCommand command) {
        Nym wanted = Nym.fromUsername(command.username(), "member-" + command.userId().value().substring(
                command.userId().value().length() - 4));
        return lock.inCommunityTransaction(command.communityId(), () -> {
            communities.ensureCommunity(command.communityId());
            return members.registerMember(command.communityId(), command.userId(), wanted, command.joinedAt());
        });
    }
}

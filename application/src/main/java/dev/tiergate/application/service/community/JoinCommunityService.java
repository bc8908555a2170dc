package dev.tiergate.application.service.community;

import dev.tiergate.application.port.in.community.CommunityJoinResult;
import dev.tiergate.application.port.in.community.JoinCommunityCommand;
import dev.tiergate.application.port.in.community.JoinCommunityUseCase;
import dev.tiergate.application.port.out.community.CommunityPresencePort;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.domain.community.Community;
import java.util.Optional;

/** Creates or reactivates a guild's community in one community transaction, newest guild event first. */
public final class JoinCommunityService implements JoinCommunityUseCase {

    private final CommunityWriteLockPort lock;
    private final LoadCommunityPort stored;
    private final EnsureCommunityPort communities;
    private final CommunityPresencePort presence;

    public JoinCommunityService(CommunityWriteLockPort lock, LoadCommunityPort stored, EnsureCommunityPort communities,
            CommunityPresencePort presence) {
        this.lock = lock;
        this.stored = stored;
        this.communities = communities;
        this.presence = presence;
    }

    @Override
    public CommunityJoinResult joinCommunity(JoinCommunityCommand command) {
        return lock.inCommunityTransaction(command.communityId(), () -> {
            Optional<Community> before = stored.loadCommunity(command.communityId());
            communities.ensureCommunity(command.communityId());
            if (!presence.recordJoin(command.communityId(), command.name(), command.at())) {
                return new CommunityJoinResult.Outdated();
            }
            if (before.isEmpty()) {
                return new CommunityJoinResult.Created();
            }
            return before.get().active() ? new CommunityJoinResult.AlreadyActive()
                    : new CommunityJoinResult.Reactivated();
        });
    }
}

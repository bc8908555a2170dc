package dev.tiergate.application.service.community;

import dev.tiergate.application.port.in.community.CommunityLeaveResult;
import dev.tiergate.application.port.in.community.LeaveCommunityCommand;
import dev.tiergate.application.port.in.community.LeaveCommunityUseCase;
import dev.tiergate.application.port.out.community.CommunityPresencePort;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.domain.community.Community;

/**
 * Marks a guild's community inactive in one community transaction; an outage touches nothing, and a
 * guild never seen gets its community first (events may arrive in any order), inactive at once.
 */
public final class LeaveCommunityService implements LeaveCommunityUseCase {

    private final CommunityWriteLockPort lock;
    private final LoadCommunityPort stored;
    private final EnsureCommunityPort communities;
    private final CommunityPresencePort presence;

    public LeaveCommunityService(CommunityWriteLockPort lock, LoadCommunityPort stored,
            EnsureCommunityPort communities, CommunityPresencePort presence) {
        this.lock = lock;
        this.stored = stored;
        this.communities = communities;
        this.presence = presence;
    }

    @Override
    public CommunityLeaveResult leaveCommunity(LeaveCommunityCommand command) {
        if (command.unavailable()) {
            return new CommunityLeaveResult.Outage();
        }
        return lock.inCommunityTransaction(command.communityId(), () -> {
            boolean wasActive = stored.loadCommunity(command.communityId()).map(Community::active).orElse(true);
            communities.ensureCommunity(command.communityId());
            if (!presence.recordLeave(command.communityId(), command.at())) {
                return new CommunityLeaveResult.Outdated();
            }
            return wasActive ? new CommunityLeaveResult.Deactivated() : new CommunityLeaveResult.AlreadyInactive();
        });
    }
}

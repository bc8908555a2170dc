package dev.tiergate.application.service.community;

import dev.tiergate.application.port.out.community.CommunityPresencePort;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Communities and their presence stamps in memory, newest guild event wins as the port promises. */
final class InMemoryCommunities implements LoadCommunityPort, EnsureCommunityPort, CommunityPresencePort,
        CommunityWriteLockPort {

    final Map<CommunityId, Community> communities = new HashMap<>();
    final Map<CommunityId, Instant> stamps = new HashMap<>();

    @Override
    public Optional<Community> loadCommunity(CommunityId id) {
        return Optional.ofNullable(communities.get(id));
    }

    @Override
    public Community ensureCommunity(CommunityId id) {
        return communities.computeIfAbsent(id, Community::withDefaults);
    }

    @Override
    public boolean recordJoin(CommunityId communityId, Optional<String> name, Instant at) {
        if (!newer(communityId, at)) {
            return false;
        }
        Community stored = communities.get(communityId);
        communities.put(communityId, new Community(communityId, name.orElse(stored.name()), true, stored.config()));
        return true;
    }

    @Override
    public boolean recordLeave(CommunityId communityId, Instant at) {
        if (!newer(communityId, at)) {
            return false;
        }
        Community stored = communities.get(communityId);
        communities.put(communityId, new Community(communityId, stored.name(), false, stored.config()));
        return true;
    }

    @Override
    public <T> T inCommunityTransaction(CommunityId communityId, Supplier<T> work) {
        return work.get();
    }

    private boolean newer(CommunityId communityId, Instant at) {
        Instant last = stamps.get(communityId);
        if (last != null && !last.isBefore(at)) {
            return false;
        }
        stamps.put(communityId, at);
        return true;
    }
}

package dev.tiergate.application.service.member;

import dev.tiergate.application.port.in.member.RegisterMemberCommand;
import dev.tiergate.application.port.in.member.RegisterMemberUseCase;
import dev.tiergate.application.port.out.member.MembershipPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Bio;
import dev.tiergate.domain.profile.MemberProfile;
import dev.tiergate.domain.profile.Membership;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.tier.Tier;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One community's members in memory: registration as the real port does it, plus the lifecycle stamps. */
final class InMemoryMembers implements MembershipPort, RegisterMemberUseCase {

    /** What the fake stores about one member. */
    record Stored(Nym nym, boolean registered, boolean left, Optional<Instant> changedAt, Optional<String> avatarUrl,
            Score score) {

        Stored with(boolean newLeft, Optional<Instant> newChangedAt, Optional<String> newAvatar) {
            return new Stored(nym, registered, newLeft, newChangedAt, newAvatar, score);
        }
    }

    final Map<UserId, Stored> members = new HashMap<>();
    int registrations;

    void put(UserId user, Stored stored) {
        members.put(user, stored);
    }

    @Override
    public Optional<Membership> findMembership(CommunityId communityId, UserId userId) {
        return Optional.ofNullable(members.get(userId))
                .map(stored -> new Membership(stored.left(), stored.registered(), stored.changedAt()));
    }

    @Override
    public void recordJoin(CommunityId communityId, UserId userId, Optional<String> avatarUrl, Instant at) {
        Stored stored = members.get(userId);
        members.put(userId, stored.with(stored.left(), latest(stored.changedAt(), at),
                avatarUrl.or(stored::avatarUrl)));
    }

    @Override
    public void recordLeave(CommunityId communityId, UserId userId, Instant at) {
        Stored stored = members.getOrDefault(userId, new Stored(new Nym("member-" + userId.value()), false, false,
                Optional.empty(), Optional.empty(), Score.ZERO));
        members.put(userId, stored.with(true, latest(stored.changedAt(), at), stored.avatarUrl()));
    }

    @Override
    public MemberProfile registerMember(RegisterMemberCommand command) {
        registrations++;
        Stored stored = members.get(command.userId());
        if (stored == null || !stored.registered()) {
            Score score = stored == null ? Score.ZERO : stored.score();
            Optional<Instant> changedAt = stored == null ? Optional.empty() : stored.changedAt();
            stored = new Stored(new Nym(command.username()), true, false, changedAt, Optional.empty(), score);
        } else {
            stored = stored.with(false, stored.changedAt(), stored.avatarUrl());
        }
        members.put(command.userId(), stored);
        return new MemberProfile(command.communityId(), command.userId(), stored.nym(), new Bio(""),
                stored.avatarUrl(), command.joinedAt(), stored.score(), Tier.NONE, false, false, Optional.empty());
    }

    private static Optional<Instant> latest(Optional<Instant> stored, Instant at) {
        return Optional.of(stored.filter(at::isBefore).orElse(at));
    }
}

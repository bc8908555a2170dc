package dev.tiergate.application.port.out.member;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Membership;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * A member's place in its community's lifecycle: read it, stamp an applied join, record a leave. Meant
 * to run inside one community transaction, with the registration and reassessment that go with it.
 */
public interface MembershipPort {

    /** The member's membership, whether or not it left; empty when the community never saw it. */
    Optional<Membership> findMembership(CommunityId communityId, UserId userId);

    /** Stamps the join's gateway time on a stored member and, when given, stores its avatar URL. */
    void recordJoin(CommunityId communityId, UserId userId, Optional<String> avatarUrl, Instant at);

    /**
     * Marks the member left as of {@code at} unless it left already, unranks it and re-ranks the
     * community; a member never seen gets a placeholder profile that has left, so a late older join
     * cannot bring it back.
     */
    void recordLeave(CommunityId communityId, UserId userId, Instant at);
}

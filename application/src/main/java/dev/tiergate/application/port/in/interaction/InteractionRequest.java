package dev.tiergate.application.port.in.interaction;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * One interaction to answer: where it came from (a guild and member, absent in DMs), what the
 * interaction says about the caller, the command, and when Discord created it (the 3-second answer
 * clock starts there).
 */
public record InteractionRequest(InteractionRef ref, Optional<CommunityId> communityId, Optional<UserId> userId,
        Caller caller, MemberCommand command, Instant createdAt) {
}

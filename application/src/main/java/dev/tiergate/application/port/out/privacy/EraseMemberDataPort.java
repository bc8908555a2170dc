package dev.tiergate.application.port.out.privacy;

import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.Optional;

/**
 * Deletes one member's profile and every row that depends on it, replaces the member's id where it
 * names who acted in the community's other records, and re-numbers the community's ranks so they
 * stay contiguous; empty (and nothing changed) when no profile is stored. Runs in the caller's
 * community transaction.
 */
public interface EraseMemberDataPort {

    Optional<MemberErasure> eraseMemberData(CommunityId communityId, UserId userId);
}

package dev.tiergate.application.port.out.transaction;

import dev.tiergate.domain.community.CommunityId;
import java.util.function.Supplier;

/**
 * Runs a write to one community as a single transaction, serialised with every other write to
 * the same community, so ranks and seats are never computed from a half-applied batch.
 */
public interface CommunityWriteLockPort {

    <T> T inCommunityTransaction(CommunityId communityId, Supplier<T> work);
}

package dev.tiergate.application.port.out.badge;

import dev.tiergate.domain.community.CommunityId;
import java.time.Instant;
import java.util.Optional;

/** Finds when the community seated its first Naib: the founding hour (founding-naib) starts then. */
public interface LoadFirstSeatingPort {

    Optional<Instant> firstSeatingAt(CommunityId communityId);
}

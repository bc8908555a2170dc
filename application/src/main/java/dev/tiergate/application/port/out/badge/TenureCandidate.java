package dev.tiergate.application.port.out.badge;

import dev.tiergate.domain.profile.UserId;
import java.time.Instant;

/** A present member, with the join time its tenure badges follow from. */
public record TenureCandidate(UserId userId, Instant joinedAt) {
}

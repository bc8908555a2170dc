package dev.tiergate.domain.badge;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One award of a badge as the history keeps it, held or revoked: when, by whom and why it was
 * awarded and, once revoked, when, by whom and why; a revocation never precedes its award.
 */
public record BadgeAwardRecord(BadgeId badge, Instant awardedAt, AwardSource awardedBy, String reason,
        Optional<Revocation> revocation) {

    /** The end of an award: when, by whom and why. */
    public record Revocation(Instant at, AwardSource by, String reason) {

        public Revocation {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public BadgeAwardRecord {
        Objects.requireNonNull(badge, "badge");
        Objects.requireNonNull(awardedAt, "awardedAt");
        Objects.requireNonNull(awardedBy, "awardedBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(revocation, "revocation");
        if (revocation.isPresent() && revocation.get().at().isBefore(awardedAt)) {
            throw new IllegalArgumentException("a badge is revoked after it was awarded");
        }
    }
}

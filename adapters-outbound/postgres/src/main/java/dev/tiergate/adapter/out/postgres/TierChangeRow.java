package dev.tiergate.adapter.out.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One entry of the tier history, append-only: a member moved from one tier to another, when and why. */
@MappedEntity("tier_changes")
record TierChangeRow(
        @Id @GeneratedValue @Nullable Long id,
        String communityId,
        String userId,
        String fromTier,
        String toTier,
        Instant changedAt,
        String cause) {
}

package dev.tiergate.adapter.out.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One Naib term of a member: open while unseatedAt is null; a member has at most one open term. */
@MappedEntity("naib_seatings")
record NaibSeatingRow(
        @Id @GeneratedValue @Nullable Long id,
        String communityId,
        String userId,
        Instant seatedAt,
        @Nullable Instant unseatedAt) {
}

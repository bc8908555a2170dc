package dev.tiergate.adapter.out.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of member_profiles, keyed by (community, user); rank is null unless the member is ranked. */
@MappedEntity("member_profiles")
record ProfileRow(
        @EmbeddedId ProfileKey key,
        String nym,
        String nymKey,
        boolean nymPlaceholder,
        String bio,
        @Nullable String avatarUrl,
        Instant joinedAt,
        BigDecimal score,
        @Nullable Instant scoreAsOf,
        @Nullable String wallet,
        @Nullable Instant leftAt,
        boolean directoryOptOut,
        String tier,
        @Nullable Instant tierBelowSince,
        @Nullable Integer rank) {
}

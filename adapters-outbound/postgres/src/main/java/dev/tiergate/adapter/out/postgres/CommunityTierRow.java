package dev.tiergate.adapter.out.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/** One tier rule of a community: the minimum score of a score-based tier and/or the role it grants. */
@MappedEntity("community_tiers")
record CommunityTierRow(@EmbeddedId CommunityTierKey key, @Nullable BigDecimal minScore, @Nullable String roleId) {
}

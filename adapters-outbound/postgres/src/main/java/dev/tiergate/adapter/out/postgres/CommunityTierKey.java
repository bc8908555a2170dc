package dev.tiergate.adapter.out.postgres;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** The key of a community's tier rule: the community and the tier's enum name. */
@Embeddable
record CommunityTierKey(@MappedProperty("community_id") String communityId, @MappedProperty("tier") String tier) {
}

package dev.tiergate.adapter.out.postgres;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** The key of a catalog entry: the community and the badge's id. */
@Embeddable
record CommunityBadgeKey(@MappedProperty("community_id") String communityId,
        @MappedProperty("badge_id") String badgeId) {
}

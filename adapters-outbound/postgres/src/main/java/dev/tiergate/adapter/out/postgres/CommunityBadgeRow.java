package dev.tiergate.adapter.out.postgres;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** One badge of a community's catalog, at its position in the catalog. */
@MappedEntity("community_badges")
record CommunityBadgeRow(@EmbeddedId CommunityBadgeKey key, String name, String emoji, String category,
        String description, int position) {
}

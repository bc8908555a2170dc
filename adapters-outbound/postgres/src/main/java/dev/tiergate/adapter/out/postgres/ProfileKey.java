package dev.tiergate.adapter.out.postgres;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** The key of a member profile: the community (guild) and the Discord user, both snowflake strings. */
@Embeddable
record ProfileKey(@MappedProperty("community_id") String communityId, @MappedProperty("user_id") String userId) {
}

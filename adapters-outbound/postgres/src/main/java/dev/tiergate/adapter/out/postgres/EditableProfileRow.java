package dev.tiergate.adapter.out.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The columns of member_profiles that /profile edit reads: nym, bio and when the nym last changed (null: never). */
@MappedEntity("member_profiles")
record EditableProfileRow(@EmbeddedId ProfileKey key, String nym, String bio, @Nullable Instant nymChangedAt) {
}

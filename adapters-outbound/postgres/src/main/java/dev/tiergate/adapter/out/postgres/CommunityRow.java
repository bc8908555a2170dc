package dev.tiergate.adapter.out.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/** One row of communities: the guild and its scalar rules; per-tier rules and badges live in their own tables. */
@MappedEntity("communities")
record CommunityRow(
        @Id String id,
        String name,
        boolean active,
        int naibSeats,
        int fedaykinCutoff,
        int atRiskWindow,
        int waitlistSize,
        long demotionGraceMillis,
        @Nullable Instant launchedAt,
        @TypeDef(type = DataType.STRING_ARRAY) String[] adminRoleIds,
        @TypeDef(type = DataType.STRING_ARRAY) String[] trackedChannelIds) {
}

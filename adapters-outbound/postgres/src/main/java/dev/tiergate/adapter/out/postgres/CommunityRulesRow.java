package dev.tiergate.adapter.out.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A community with its tier rules and badge catalog in one row, so the rules every read applies cost
 * one statement: the tier and badge columns are parallel arrays in catalog order, null when empty.
 */
@MappedEntity("communities")
record CommunityRulesRow(
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
        @TypeDef(type = DataType.STRING_ARRAY) String[] trackedChannelIds,
        @Nullable @TypeDef(type = DataType.STRING_ARRAY) String[] tierNames,
        @Nullable @TypeDef(type = DataType.STRING_ARRAY) String[] tierMinScores,
        @Nullable @TypeDef(type = DataType.STRING_ARRAY) String[] tierRoleIds,
        @Nullable @TypeDef(type = DataType.STRING_ARRAY) String[] badgeIds,
        @Nullable @TypeDef(type = DataType.STRING_ARRAY) String[] badgeNames,
        @Nullable @TypeDef(type = DataType.STRING_ARRAY) String[] badgeEmojis,
        @Nullable @TypeDef(type = DataType.STRING_ARRAY) String[] badgeCategories,
        @Nullable @TypeDef(type = DataType.STRING_ARRAY) String[] badgeDescriptions) {

    CommunityRow community() {
        return new CommunityRow(id, name, active, naibSeats, fedaykinCutoff, atRiskWindow, waitlistSize,
                demotionGraceMillis, launchedAt, adminRoleIds, trackedChannelIds);
    }

    List<CommunityTierRow> tiers() {
        List<CommunityTierRow> rows = new ArrayList<>();
        for (int i = 0; tierNames != null && i < tierNames.length; i++) {
            rows.add(new CommunityTierRow(new CommunityTierKey(id, tierNames[i]),
                    tierMinScores[i] == null ? null : new BigDecimal(tierMinScores[i]), tierRoleIds[i]));
        }
        return rows;
    }

    List<CommunityBadgeRow> badges() {
        List<CommunityBadgeRow> rows = new ArrayList<>();
        for (int i = 0; badgeIds != null && i < badgeIds.length; i++) {
            rows.add(new CommunityBadgeRow(new CommunityBadgeKey(id, badgeIds[i]), badgeNames[i], badgeEmojis[i],
                    badgeCategories[i], badgeDescriptions[i], i));
        }
        return rows;
    }
}

package dev.tiergate.adapter.out.postgres;

import dev.tiergate.domain.activity.ActivityRules;
import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.badge.BadgeCategory;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityConfig;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.NaibCouncil;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.rank.RankBands;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.tier.TierLadder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Translates a community between its rows (community, tiers, badge catalog) and the domain; every field round-trips. */
final class CommunityMapper {

    private CommunityMapper() {
    }

    static CommunityRow toRow(Community community) {
        CommunityConfig config = community.config();
        return new CommunityRow(
                community.id().value(),
                community.name(),
                community.active(),
                config.naibCouncil().seats(),
                config.rankBands().fedaykinCutoff(),
                config.rankBands().atRiskWindow(),
                config.rankBands().waitlistSize(),
                config.demotionGrace().toMillis(),
                config.launchedAt().map(Timestamps::stored).orElse(null),
                config.adminRoleIds().stream().sorted().toArray(String[]::new),
                config.activityRules().trackedChannelIds().stream().sorted().toArray(String[]::new));
    }

    /** One row per catalog badge, numbered in catalog order. */
    static List<CommunityBadgeRow> toBadgeRows(Community community) {
        List<Badge> badges = community.config().badgeCatalog().badges();
        List<CommunityBadgeRow> rows = new ArrayList<>(badges.size());
        for (int position = 0; position < badges.size(); position++) {
            Badge badge = badges.get(position);
            rows.add(new CommunityBadgeRow(new CommunityBadgeKey(community.id().value(), badge.id().value()),
                    badge.name(), badge.emoji(), badge.category().name(), badge.description(), position));
        }
        return rows;
    }

    /** One row per tier that has a minimum score or a role. */
    static List<CommunityTierRow> toTierRows(Community community) {
        CommunityConfig config = community.config();
        List<CommunityTierRow> rows = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            Score minimum = config.tierLadder().minimumScores().get(tier);
            String role = config.tierRoleIds().get(tier);
            if (minimum != null || role != null) {
                rows.add(new CommunityTierRow(new CommunityTierKey(community.id().value(), tier.name()),
                        minimum == null ? null : minimum.value(), role));
            }
        }
        return rows;
    }

    static Community toDomain(CommunityRow row, List<CommunityTierRow> tierRows, List<CommunityBadgeRow> badgeRows) {
        Map<Tier, Score> minimumScores = new EnumMap<>(Tier.class);
        Map<Tier, String> roles = new EnumMap<>(Tier.class);
        for (CommunityTierRow tierRow : tierRows) {
            Tier tier = Tier.valueOf(tierRow.key().tier());
            BigDecimal minimum = tierRow.minScore();
            if (minimum != null) {
                minimumScores.put(tier, new Score(minimum));
            }
            if (tierRow.roleId() != null) {
                roles.put(tier, tierRow.roleId());
            }
        }
        CommunityConfig config = new CommunityConfig(
                new TierLadder(minimumScores),
                new NaibCouncil(row.naibSeats()),
                new RankBands(row.fedaykinCutoff(), row.atRiskWindow(), row.waitlistSize()),
                Duration.ofMillis(row.demotionGraceMillis()),
                new BadgeCatalog(badgeRows.stream().map(CommunityMapper::toBadge).toList()),
                roles,
                Set.of(row.adminRoleIds()),
                Optional.ofNullable(row.launchedAt()),
                new ActivityRules(Set.of(row.trackedChannelIds())));
        return new Community(new CommunityId(row.id()), row.name(), row.active(), config);
    }

    private static Badge toBadge(CommunityBadgeRow row) {
        return new Badge(new BadgeId(row.key().badgeId()), row.name(), row.emoji(),
                BadgeCategory.valueOf(row.category()), row.description());
    }
}

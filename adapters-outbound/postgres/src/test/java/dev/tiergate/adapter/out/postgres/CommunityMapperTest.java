package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.activity.ActivityRules;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityConfig;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.NaibCouncil;
import dev.tiergate.domain.rank.RankBands;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.tier.TierLadder;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Community rules map to rows and back without loss; tiers without a minimum or a role get no row. */
class CommunityMapperTest {

    private static final CommunityId ID = new CommunityId("200000000000000002");

    @Test
    void writesOneTierRowPerTierWithAMinimumOrARole() {
        CommunityConfig config = new CommunityConfig(TierLadder.DEFAULT, new NaibCouncil(7), RankBands.DEFAULT,
                Duration.ofHours(24), BadgeCatalog.DEFAULT,
                Map.of(Tier.NAIB, "300000000000000003", Tier.USUL, "300000000000000004"), Set.of(), Optional.empty(),
                ActivityRules.ALL_CHANNELS);

        var rows = CommunityMapper.toTierRows(new Community(ID, "x", true, config));

        assertThat(rows).hasSize(8);
        assertThat(rows).filteredOn(row -> row.key().tier().equals("NAIB")).singleElement()
                .satisfies(row -> {
                    assertThat(row.minScore()).isNull();
                    assertThat(row.roleId()).isEqualTo("300000000000000003");
                });
        assertThat(rows).filteredOn(row -> row.key().tier().equals("USUL")).singleElement()
                .satisfies(row -> assertThat(row.roleId()).isEqualTo("300000000000000004"));
    }

    @Test
    void readsBackWhatItWrites() {
        Community community = new Community(ID, "Arrakeen", true, new CommunityConfig(TierLadder.DEFAULT,
                new NaibCouncil(3), new RankBands(20, 2, 5), Duration.ofMinutes(90), BadgeCatalog.DEFAULT,
                Map.of(Tier.FEDAYKIN, "300000000000000005"), Set.of("300000000000000006"), Optional.empty(),
                new ActivityRules(Set.of("300000000000000007", "300000000000000008"))));

        assertThat(CommunityMapper.toDomain(CommunityMapper.toRow(community), CommunityMapper.toTierRows(community),
                CommunityMapper.toBadgeRows(community))).isEqualTo(community);
    }
}

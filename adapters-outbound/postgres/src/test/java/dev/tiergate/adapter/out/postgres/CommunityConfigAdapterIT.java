package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.communityconfig.SaveCommunityConfigPort;
import dev.tiergate.domain.activity.ActivityRules;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityConfig;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.NaibCouncil;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.rank.RankBands;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.tier.TierLadder;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Saved rules replace the stored ones whole and read back as written; name, presence and catalog stay. */
class CommunityConfigAdapterIT extends AdapterIntegrationTest {

    private final SaveCommunityConfigPort save = bean(SaveCommunityConfigPort.class);
    private final LoadCommunityPort load = bean(LoadCommunityPort.class);

    @Test
    void everySavedRuleReadsBackAndTierRolesLeftOutAreGone() {
        CommunityId id = newCommunity();
        Community before = load.loadCommunity(id).orElseThrow();
        save.saveCommunityConfig(with(before, Map.of(Tier.NAIB, snowflake(), Tier.HAJRA, snowflake()),
                Optional.of(Instant.parse("2025-01-01T00:00:00.123456Z"))));
        Map<Tier, Score> ladder = new EnumMap<>(TierLadder.DEFAULT.minimumScores());
        ladder.put(Tier.HAJRA, Score.parse("7.25"));
        Community changed = with(before, Map.of(Tier.FEDAYKIN, snowflake()), Optional.empty(), new TierLadder(ladder));

        save.saveCommunityConfig(changed);

        assertThat(load.loadCommunity(id)).contains(changed);
        assertThat(queryLong("SELECT count(*) FROM community_tiers WHERE community_id = ? AND role_id IS NOT NULL",
                id.value())).isEqualTo(1);
    }

    @Test
    void theNamePresenceAndCatalogAreLeftAsStored() {
        CommunityId id = newCommunity();
        execute("UPDATE communities SET name = 'Sietch Tabr', active = false WHERE id = ?", id.value());
        Community stored = load.loadCommunity(id).orElseThrow();

        save.saveCommunityConfig(new Community(id, "Other", true, with(stored, Map.of(), Optional.empty()).config()));

        Community reloaded = load.loadCommunity(id).orElseThrow();
        assertThat(reloaded.name()).isEqualTo("Sietch Tabr");
        assertThat(reloaded.active()).isFalse();
        assertThat(reloaded.config().naibCouncil().seats()).isEqualTo(3);
        assertThat(reloaded.config().badgeCatalog()).isEqualTo(stored.config().badgeCatalog());
    }

    @Test
    void aCommunityNeverStoredIsNotCreatedBySavingItsRules() {
        Community unknown = Community.withDefaults(new CommunityId(snowflake()));

        assertThatThrownBy(() -> save.saveCommunityConfig(unknown)).isInstanceOf(IllegalStateException.class);
        assertThat(load.loadCommunity(unknown.id())).isEmpty();
    }

    private static Community with(Community community, Map<Tier, String> roles, Optional<Instant> launchedAt) {
        return with(community, roles, launchedAt, TierLadder.DEFAULT);
    }

    private static Community with(Community community, Map<Tier, String> roles, Optional<Instant> launchedAt,
            TierLadder ladder) {
        CommunityConfig config = community.config();
        return new Community(community.id(), community.name(), community.active(), new CommunityConfig(ladder,
                new NaibCouncil(3), new RankBands(40, 4, 10), Duration.ofHours(6), config.badgeCatalog(), roles,
                Set.of(snowflake()), launchedAt, new ActivityRules(Set.of(snowflake(), snowflake()))));
    }
}

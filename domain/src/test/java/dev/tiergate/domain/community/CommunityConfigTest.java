package dev.tiergate.domain.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiergate.domain.activity.ActivityRules;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.naib.NaibCouncil;
import dev.tiergate.domain.rank.RankBands;
import dev.tiergate.domain.shared.InvalidFieldException;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.tier.TierLadder;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommunityConfigTest {

    @Test
    void defaultsMatchTheCommunityRules() {
        CommunityConfig d = CommunityConfig.DEFAULTS;
        assertThat(d.naibCouncil().seats()).isEqualTo(7);
        assertThat(d.rankBands()).isEqualTo(new RankBands(69, 7, 31));
        assertThat(d.demotionGrace()).isEqualTo(Duration.ofHours(24));
        assertThat(d.badgeCatalog().badges()).hasSize(14);
    }

    @Test
    void badValuesAreRejectedNamingTheField() {
        assertThatThrownBy(() -> config(Duration.ofDays(31), Map.of()))
                .isInstanceOf(InvalidFieldException.class).hasMessageStartingWith("demotion_grace:");
        assertThatThrownBy(() -> config(Duration.ZERO, Map.of(Tier.USUL, "not-a-role")))
                .hasMessageStartingWith("tier_roles.usul:");
        assertThatThrownBy(() -> new RankBands(0, 0, 0)).hasMessageStartingWith("fedaykin_cutoff:");
        assertThatThrownBy(() -> new CommunityConfig(TierLadder.DEFAULT, new NaibCouncil(10), new RankBands(5, 1, 1),
                Duration.ZERO, BadgeCatalog.DEFAULT, Map.of(), Set.of(), Optional.empty(),
                ActivityRules.ALL_CHANNELS))
                .hasMessageStartingWith("naib_seats:");
    }

    @Test
    void anUnknownGuildGetsTheDefaults() {
        Community c = Community.withDefaults(new CommunityId("123456789012345678"));
        assertThat(c.active()).isTrue();
        assertThat(c.config()).isEqualTo(CommunityConfig.DEFAULTS);
        assertThat(c.name()).isEqualTo("Community 123456789012345678");
    }

    private static CommunityConfig config(Duration grace, Map<Tier, String> roles) {
        return new CommunityConfig(TierLadder.DEFAULT, new NaibCouncil(7), RankBands.DEFAULT, grace,
                BadgeCatalog.DEFAULT, roles, Set.of(), Optional.empty(), ActivityRules.ALL_CHANNELS);
    }
}

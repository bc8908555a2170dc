package dev.tiergate.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityConfig;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.rank.RankBands;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RecentRankBandsTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final CommunityId OTHER = new CommunityId("223456789012345678");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-01T12:00:00Z"));
    private final Map<CommunityId, Integer> cutoffs = new HashMap<>(Map.of(GUILD, 69, OTHER, 50));
    private final AtomicInteger loads = new AtomicInteger();
    private final RecentRankBands bands = new RecentRankBands(new CommunityRules(id -> {
        loads.incrementAndGet();
        return Optional.of(new Community(id, null, true, configWithCutoff(cutoffs.get(id))));
    }), now::get);

    @Test
    void readsEachCommunityOnceWhileFreshThenAgain() {
        assertThat(bands.of(GUILD).fedaykinCutoff()).isEqualTo(69);
        cutoffs.put(GUILD, 40);
        now.set(now.get().plus(RecentRankBands.FRESH_FOR).minusMillis(1));

        assertThat(bands.of(GUILD).fedaykinCutoff()).isEqualTo(69);
        assertThat(bands.of(OTHER).fedaykinCutoff()).isEqualTo(50);
        assertThat(loads).hasValue(2);

        now.set(now.get().plusMillis(1));
        assertThat(bands.of(GUILD).fedaykinCutoff()).isEqualTo(40);
        assertThat(loads).hasValue(3);
    }

    @Test
    void aForgottenCommunityIsReadAfreshAtOnce() {
        bands.of(GUILD);
        cutoffs.put(GUILD, 40);

        bands.forget(GUILD);

        assertThat(bands.of(GUILD).fedaykinCutoff()).isEqualTo(40);
    }

    private static CommunityConfig configWithCutoff(int cutoff) {
        CommunityConfig defaults = CommunityConfig.DEFAULTS;
        return new CommunityConfig(defaults.tierLadder(), defaults.naibCouncil(),
                new RankBands(cutoff, RankBands.DEFAULT.atRiskWindow(), RankBands.DEFAULT.waitlistSize()),
                defaults.demotionGrace(), defaults.badgeCatalog(), Map.of(), Set.of(), Optional.empty(),
                defaults.activityRules());
    }
}

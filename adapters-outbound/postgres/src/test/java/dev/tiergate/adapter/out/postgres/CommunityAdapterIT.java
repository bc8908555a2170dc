package dev.tiergate.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Communities are created once with default rules, and every stored rule reads back as written. */
class CommunityAdapterIT extends AdapterIntegrationTest {

    private final EnsureCommunityPort ensure = bean(EnsureCommunityPort.class);
    private final LoadCommunityPort load = bean(LoadCommunityPort.class);

    @Test
    void anUnknownGuildIsNotFoundUntilEnsuredWithDefaultRules() {
        CommunityId id = new CommunityId(snowflake());
        assertThat(load.loadCommunity(id)).isEmpty();

        Community created = ensure.ensureCommunity(id);

        assertThat(created).isEqualTo(Community.withDefaults(id));
        assertThat(load.loadCommunity(id)).contains(created);
    }

    @Test
    void everyStoredRuleRoundTrips() {
        CommunityId id = new CommunityId(snowflake());
        CommunityConfig config = new CommunityConfig(
                new TierLadder(Map.of(Tier.USUL, Score.parse("2000.5"), Tier.SAYYADINA, Score.parse("1000"),
                        Tier.MUSHTAMAL, Score.parse("500"), Tier.SIHAYA, Score.parse("250"), Tier.QANAT, Score.parse("100"),
                        Tier.ICHWAN, Score.parse("10"), Tier.HAJRA, Score.parse("0.000000000000000001"))),
                new NaibCouncil(5),
                new RankBands(50, 5, 20),
                Duration.ofHours(36),
                new BadgeCatalog(List.of(BadgeCatalog.DEFAULT.badges().getLast(), BadgeCatalog.DEFAULT.badges().getFirst(),
                        new Badge(new BadgeId("spice-runner"), "Spice Runner", "🏜️", BadgeCategory.CONTRIBUTION,
                                "Ran the spice"))),
                Map.of(Tier.NAIB, snowflake(), Tier.FEDAYKIN, snowflake(), Tier.HAJRA, snowflake()),
                Set.of(snowflake(), snowflake()),
                Optional.of(Instant.parse("2024-12-24T18:00:00.654321Z")),
                new ActivityRules(Set.of(snowflake())));
        Community community = new Community(id, "Sietch Tabr", false, config);

        Community stored = bean(JdbcCommunityAdapter.class).ensure(community);

        assertThat(stored).isEqualTo(community);
        assertThat(load.loadCommunity(id)).contains(community);
    }

    @Test
    void ensuringAnExistingCommunityKeepsItsRules() {
        CommunityId id = new CommunityId(snowflake());
        Community custom = new Community(id, "Custom", true, new CommunityConfig(TierLadder.DEFAULT,
                new NaibCouncil(3), RankBands.DEFAULT, Duration.ZERO, BadgeCatalog.DEFAULT, Map.of(), Set.of(),
                Optional.empty(), ActivityRules.ALL_CHANNELS));
        bean(JdbcCommunityAdapter.class).ensure(custom);

        assertThat(ensure.ensureCommunity(id)).isEqualTo(custom);
    }

    @Test
    void concurrentFirstEventsCreateTheCommunityOnce() throws Exception {
        CommunityId id = new CommunityId(snowflake());
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<CompletableFuture<Community>> results = IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return ensure.ensureCommunity(id);
                    }, threads))
                    .toList();
            start.countDown();
            for (CompletableFuture<Community> result : results) {
                assertThat(result.get()).isEqualTo(Community.withDefaults(id));
            }
        }
        assertThat(queryLong("SELECT count(*) FROM community_tiers WHERE community_id = ?", id.value()))
                .isEqualTo(TierLadder.DEFAULT.minimumScores().size());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package dev.tiergate.application.service.badge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.badge.BadgeSweepResult;
import dev.tiergate.application.port.out.badge.AutomaticBadgeSweepPort;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.domain.activity.ActivityBalance;
import dev.tiergate.domain.badge.AutomaticBadgeInputs;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.badge.BadgeGrant;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.badge.BadgeRules;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityConfig;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Tier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SweepAutomaticBadgesServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Instant FIRST_SEATING = NOW.minus(Duration.ofDays(20));
    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final UserId FOUNDER = new UserId("223456789012345678");
    private static final UserId LATECOMER = new UserId("323456789012345678");

    private final InMemorySweep sweep = new InMemorySweep();
    private final InMemoryAwards awards = new InMemoryAwards();
    private final Map<CommunityId, Community> communities = new HashMap<>();
    private final Map<CommunityId, Instant> firstSeatings = new HashMap<>();
    private final SweepAutomaticBadgesService service = new SweepAutomaticBadgesService(sweep,
            id -> Optional.ofNullable(communities.get(id)), id -> Optional.ofNullable(firstSeatings.get(id)), awards,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void membersWhoseInputsChangedBeforeBadgesExistedGetEveryEarnedBadgeAndASecondSweepAwardsNothing() {
        community(GUILD, BadgeCatalog.DEFAULT);
        firstSeatings.put(GUILD, FIRST_SEATING);
        sweep.add(GUILD, new AutomaticBadgeInputs(FOUNDER, NOW.minus(Duration.ofDays(100)),
                new ActivityBalance(280, NOW.minus(Duration.ofHours(1))), Set.of(Tier.SAYYADINA, Tier.NAIB),
                Optional.of(new Seating(FOUNDER, FIRST_SEATING, Optional.of(NOW.minus(Duration.ofDays(2))))), true));
        sweep.add(GUILD, new AutomaticBadgeInputs(LATECOMER, NOW.minus(Duration.ofDays(10)),
                ActivityBalance.none(NOW), Set.of(Tier.FEDAYKIN),
                Optional.of(new Seating(LATECOMER, FIRST_SEATING.plus(Duration.ofHours(2)), Optional.empty())),
                false));

        BadgeSweepResult first = service.sweepAutomaticBadges();

        assertThat(awards.heldBy(GUILD, FOUNDER)).containsExactlyInAnyOrder(BadgeRules.VETERAN,
                BadgeRules.CONSISTENT, BadgeRules.DEDICATED, BadgeRules.USUL_ASCENDED, BadgeRules.NAIB_ASCENDED,
                BadgeRules.FOUNDING_NAIB, BadgeRules.FORMER_NAIB);
        assertThat(awards.heldBy(GUILD, LATECOMER))
                .containsExactlyInAnyOrder(BadgeRules.USUL_ASCENDED, BadgeRules.NAIB_ASCENDED);
        assertThat(first).isEqualTo(new BadgeSweepResult(1, 2, 9));
        assertThat(awards.grants).allSatisfy(grant -> {
            assertThat(grant.source()).isEqualTo(new AwardSource.Rule(grant.badge().value()));
            assertThat(grant.reason()).isEqualTo(BadgeCatalog.DEFAULT.find(grant.badge()).orElseThrow().description());
        });

        assertThat(service.sweepAutomaticBadges()).isEqualTo(new BadgeSweepResult(1, 2, 0));
        assertThat(awards.heldBy(GUILD, FOUNDER)).hasSize(7);
    }

    @Test
    void anAutomaticBadgeAnAdminRevokedIsNotAwardedAgain() {
        community(GUILD, BadgeCatalog.DEFAULT);
        sweep.add(GUILD, veteran(FOUNDER));
        service.sweepAutomaticBadges();
        awards.revokeBadge(GUILD, FOUNDER, BadgeRules.VETERAN, new AwardSource.Member(LATECOMER), "gaming", NOW);

        assertThat(service.sweepAutomaticBadges().badgesAwarded()).isZero();
        assertThat(awards.heldBy(GUILD, FOUNDER)).isEmpty();
    }

    @Test
    void badgesTheCommunitysCatalogDoesNotListAreNotAwarded() {
        community(GUILD, new BadgeCatalog(BadgeCatalog.DEFAULT.badges().stream()
                .filter(badge -> !badge.id().equals(BadgeRules.VETERAN)).toList()));
        sweep.add(GUILD, veteran(FOUNDER));

        assertThat(service.sweepAutomaticBadges()).isEqualTo(new BadgeSweepResult(1, 1, 0));
        assertThat(awards.heldBy(GUILD, FOUNDER)).isEmpty();
    }

    @Test
    void membersAreAwardedInBoundedBatchesOneTransactionEach() {
        community(GUILD, BadgeCatalog.DEFAULT);
        int size = SweepAutomaticBadgesService.MEMBER_BATCH.value() * 2 + 1;
        IntStream.range(0, size).forEach(i -> sweep.add(GUILD, veteran(user(i))));

        BadgeSweepResult result = service.sweepAutomaticBadges();

        assertThat(result).isEqualTo(new BadgeSweepResult(1, size, size));
        assertThat(awards.batchSizes).containsExactly(500, 500, 1);
        assertThat(sweep.memberPageLimits).containsOnly(SweepAutomaticBadgesService.MEMBER_BATCH);
    }

    @Test
    void everyActiveCommunityThatLoadsIsSweptAcrossCommunityPages() {
        int size = SweepAutomaticBadgesService.COMMUNITY_BATCH.value() + 1;
        List<CommunityId> ids = IntStream.range(0, size)
                .mapToObj(i -> new CommunityId(Long.toString(400_000_000_000_000_000L + i))).toList();
        ids.forEach(id -> {
            community(id, BadgeCatalog.DEFAULT);
            sweep.add(id, veteran(FOUNDER));
        });
        communities.remove(ids.get(7));

        BadgeSweepResult result = service.sweepAutomaticBadges();

        assertThat(result).isEqualTo(new BadgeSweepResult(size - 1, size - 1, size - 1));
        assertThat(awards.heldBy(ids.getLast(), FOUNDER)).containsExactly(BadgeRules.VETERAN);
        assertThat(awards.heldBy(ids.get(7), FOUNDER)).isEmpty();
    }

    private void community(CommunityId id, BadgeCatalog catalog) {
        CommunityConfig d = CommunityConfig.DEFAULTS;
        communities.put(id, new Community(id, "Sietch", true, new CommunityConfig(d.tierLadder(), d.naibCouncil(),
                d.rankBands(), d.demotionGrace(), catalog, d.tierRoleIds(), d.adminRoleIds(), d.launchedAt(),
                d.activityRules())));
    }

    private static AutomaticBadgeInputs veteran(UserId member) {
        return new AutomaticBadgeInputs(member, NOW.minus(Duration.ofDays(120)), ActivityBalance.none(NOW),
                Set.of(Tier.NONE), Optional.empty(), false);
    }

    private static UserId user(int i) {
        return new UserId(Long.toString(500_000_000_000_000_000L + i));
    }

    /** Active communities and their members, paged in id order as the real port does. */
    private static final class InMemorySweep implements AutomaticBadgeSweepPort {

        private final TreeMap<CommunityId, TreeMap<UserId, AutomaticBadgeInputs>> members =
                new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        private final List<PageLimit> memberPageLimits = new ArrayList<>();

        void add(CommunityId community, AutomaticBadgeInputs inputs) {
            members.computeIfAbsent(community, id -> new TreeMap<>()).put(inputs.member(), inputs);
        }

        @Override
        public List<CommunityId> findActiveCommunities(Optional<CommunityId> after, PageLimit limit) {
            var rest = after.isEmpty() ? members : members.tailMap(after.get(), false);
            return rest.keySet().stream().limit(limit.value()).toList();
        }

        @Override
        public List<AutomaticBadgeInputs> findBadgeInputs(CommunityId communityId, Optional<UserId> after,
                PageLimit limit) {
            memberPageLimits.add(limit);
            var all = members.getOrDefault(communityId, new TreeMap<>());
            var rest = after.isEmpty() ? all : all.tailMap(after.get(), false);
            return rest.values().stream().limit(limit.value()).toList();
        }
    }

    /** Held and ever-held awards, as the real adapter keeps them: a revoked badge stays in the history. */
    private static final class InMemoryAwards implements SaveBadgeAwardsPort {

        private final Set<String> held = new HashSet<>();
        private final Set<String> everHeld = new HashSet<>();
        private final List<BadgeGrant> grants = new ArrayList<>();
        private final List<Integer> batchSizes = new ArrayList<>();

        @Override
        public boolean awardBadge(CommunityId communityId, BadgeGrant grant, Instant at) {
            throw new UnsupportedOperationException("the sweep only grants automatic badges");
        }

        @Override
        public boolean revokeBadge(CommunityId communityId, UserId member, BadgeId badge, AwardSource by,
                String reason, Instant at) {
            return held.remove(key(communityId, member, badge));
        }

        @Override
        public int grantAutomaticBadges(CommunityId communityId, List<BadgeGrant> granted, Instant at) {
            batchSizes.add((int) granted.stream().map(BadgeGrant::member).distinct().count());
            int awarded = 0;
            for (BadgeGrant grant : granted) {
                if (everHeld.add(key(communityId, grant.member(), grant.badge()))) {
                    held.add(key(communityId, grant.member(), grant.badge()));
                    grants.add(grant);
                    awarded++;
                }
            }
            return awarded;
        }

        Set<BadgeId> heldBy(CommunityId communityId, UserId member) {
            String prefix = communityId.value() + "/" + member.value() + "/";
            Set<BadgeId> badges = new HashSet<>();
            held.stream().filter(key -> key.startsWith(prefix))
                    .forEach(key -> badges.add(new BadgeId(key.substring(prefix.length()))));
            return badges;
        }

        private static String key(CommunityId communityId, UserId member, BadgeId badge) {
            return communityId.value() + "/" + member.value() + "/" + badge.value();
        }
    }
}

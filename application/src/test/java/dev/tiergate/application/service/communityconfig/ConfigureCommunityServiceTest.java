package dev.tiergate.application.service.communityconfig;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.communityconfig.CommunityConfigResult;
import dev.tiergate.application.port.in.communityconfig.CommunityQuery;
import dev.tiergate.application.port.in.communityconfig.ConfigChange;
import dev.tiergate.application.port.in.communityconfig.ConfigureCommunityCommand;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.communityconfig.SaveCommunityConfigPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.application.service.RecentRankBands;
import dev.tiergate.application.service.tier.TierReassessment;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.BadgeGrant;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityConfig;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Tier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ConfigureCommunityServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final String ROLE = "323456789012345678";
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private final Communities communities = new Communities();
    private final List<Integer> reassessedThroughRank = new ArrayList<>();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final RecentRankBands rankBands = new RecentRankBands(new CommunityRules(communities), clock);
    private final ConfigureCommunityService service = new ConfigureCommunityService(communities, communities,
            communities, reassessment(), rankBands, clock);

    @Test
    void viewsOnThisReplicaApplyTheNewCutoffAtOnce() {
        assertThat(rankBands.of(GUILD).fedaykinCutoff()).isEqualTo(69);

        service.configureCommunity(new ConfigureCommunityCommand(GUILD, List.of(new ConfigChange.FedaykinCutoff(50))));

        assertThat(rankBands.of(GUILD).fedaykinCutoff()).isEqualTo(50);
    }

    @Test
    void changesApplyTogetherAreStoredAndSeatsAndRankTiersFollowTheNewCutoff() {
        CommunityConfigResult result = service.configureCommunity(new ConfigureCommunityCommand(GUILD, List.of(
                new ConfigChange.AtRiskWindow(3), new ConfigChange.FedaykinCutoff(5), new ConfigChange.NaibSeats(2),
                new ConfigChange.DemotionGrace(Duration.ofHours(2)),
                new ConfigChange.TierMinimumScore(Tier.HAJRA, Score.parse("10")),
                new ConfigChange.LaunchDate(Optional.of(NOW)),
                new ConfigChange.TierRoles(Map.of(Tier.USUL, ROLE)), new ConfigChange.AdminRoles(Set.of(ROLE)))));

        CommunityConfig stored = communities.saved.get(GUILD).config();
        assertThat(result).isEqualTo(new CommunityConfigResult.Configured(communities.saved.get(GUILD)));
        assertThat(stored.rankBands().fedaykinCutoff()).isEqualTo(5);
        assertThat(stored.rankBands().atRiskWindow()).isEqualTo(3);
        assertThat(stored.naibCouncil().seats()).isEqualTo(2);
        assertThat(stored.demotionGrace()).isEqualTo(Duration.ofHours(2));
        assertThat(stored.tierLadder().minimumScores()).containsEntry(Tier.HAJRA, Score.parse("10"))
                .containsEntry(Tier.USUL, Score.parse("1111"));
        assertThat(stored.launchedAt()).contains(NOW);
        assertThat(stored.tierRoleIds()).isEqualTo(Map.of(Tier.USUL, ROLE));
        assertThat(stored.adminRoleIds()).containsExactly(ROLE);
        assertThat(reassessedThroughRank).containsExactly(5);
    }

    @Test
    void anInvalidConfigurationNamesTheFieldAndChangesNothing() {
        CommunityConfigResult result = service.configureCommunity(new ConfigureCommunityCommand(GUILD, List.of(
                new ConfigChange.NaibSeats(3), new ConfigChange.AtRiskWindow(70))));

        assertThat(result).isEqualTo(new CommunityConfigResult.Invalid("at_risk_window",
                "must be between 0 and the Fedaykin cut-off"));
        assertThat(communities.saved).isEmpty();
        assertThat(reassessedThroughRank).isEmpty();
    }

    @Test
    void aTierLadderOutOfOrderIsRefusedNamingTheTier() {
        CommunityConfigResult result = service.configureCommunity(new ConfigureCommunityCommand(GUILD, List.of(
                new ConfigChange.TierMinimumScore(Tier.QANAT, Score.parse("5000")))));

        assertThat(result).isInstanceOf(CommunityConfigResult.Invalid.class)
                .extracting(r -> ((CommunityConfigResult.Invalid) r).field()).isEqualTo("tier_ladder.qanat");
    }

    @Test
    void theFirstChangeCreatesTheCommunityAndAnUnchangedConfigurationIsNotStoredAgain() {
        CommunityConfigResult result = service.configureCommunity(new ConfigureCommunityCommand(GUILD, List.of(
                new ConfigChange.NaibSeats(7))));

        assertThat(result).isEqualTo(new CommunityConfigResult.Configured(Community.withDefaults(GUILD)));
        assertThat(communities.ensured).containsExactly(GUILD);
        assertThat(communities.saved).isEmpty();
        assertThat(new ShowCommunityService(communities).showCommunity(new CommunityQuery(GUILD)))
                .contains(Community.withDefaults(GUILD));
    }

    @Test
    void aReadOfAGuildNeverSeenFindsNothingAndCreatesNothing() {
        assertThat(new ShowCommunityService(communities).showCommunity(new CommunityQuery(GUILD))).isEmpty();
        assertThat(communities.ensured).isEmpty();
    }

    private TierReassessment reassessment() {
        SaveBadgeAwardsPort noAwards = new SaveBadgeAwardsPort() {
            public boolean awardBadge(CommunityId c, BadgeGrant grant, Instant at) {
                throw new UnsupportedOperationException();
            }

            public boolean revokeBadge(CommunityId c, UserId m, BadgeId b, AwardSource by, String reason, Instant at) {
                throw new UnsupportedOperationException();
            }

            public int grantAutomaticBadges(CommunityId c, List<BadgeGrant> grants, Instant at) {
                return grants.size();
            }
        };
        LoadRankingPort nobodyRanked = new LoadRankingPort() {
            public Optional<RankedMember> findRanked(CommunityId c, UserId u) {
                return Optional.empty();
            }

            public Optional<RankedMember> findAtRank(CommunityId c, int rank) {
                return Optional.empty();
            }

            public List<RankedMember> findFromRank(CommunityId c, int from, PageLimit limit) {
                return List.of();
            }

            public int countRanked(CommunityId c) {
                return 0;
            }
        };
        return new TierReassessment(nobodyRanked, c -> List.of(), (c, changes, at) -> { },
                (c, named, through) -> {
                    reassessedThroughRank.add(through);
                    return List.of();
                }, (c, decisions) -> { }, c -> Optional.empty(), noAwards);
    }

    /** Stored communities; what the service saved is kept apart so a test sees exactly what was written. */
    private static final class Communities implements LoadCommunityPort, EnsureCommunityPort, SaveCommunityConfigPort,
            CommunityWriteLockPort {

        final Map<CommunityId, Community> stored = new HashMap<>();
        final Map<CommunityId, Community> saved = new HashMap<>();
        final List<CommunityId> ensured = new ArrayList<>();

        public Optional<Community> loadCommunity(CommunityId id) {
            return Optional.ofNullable(saved.getOrDefault(id, stored.get(id)));
        }

        public Community ensureCommunity(CommunityId id) {
            ensured.add(id);
            return stored.computeIfAbsent(id, Community::withDefaults);
        }

        public void saveCommunityConfig(Community community) {
            saved.put(community.id(), community);
            stored.put(community.id(), community);
        }

        public <T> T inCommunityTransaction(CommunityId communityId, Supplier<T> work) {
            return work.get();
        }
    }
}

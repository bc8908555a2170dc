package dev.tiergate.application.service.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.in.leaderboard.LeaderboardEntry;
import dev.tiergate.application.port.in.leaderboard.LeaderboardQuery;
import dev.tiergate.application.port.in.leaderboard.LeaderboardView;
import dev.tiergate.application.port.out.leaderboard.LeaderboardMember;
import dev.tiergate.application.port.out.leaderboard.LoadLeaderboardPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.leaderboard.LeaderboardKind;
import dev.tiergate.domain.leaderboard.TierTarget;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Tier;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ShowLeaderboardServiceTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final Instant JOINED = Instant.parse("2025-01-01T00:00:00Z");

    private final List<LeaderboardMember> members = new ArrayList<>();
    private final ShowLeaderboardService service = new ShowLeaderboardService(new CommunityRules(id -> Optional.empty()),
            new MemoryBoard());

    @Test
    void theViewerInTheTopIsMarkedThereAndHasNoOwnEntry() {
        seed(15);
        UserId second = members.get(1).userId();

        LeaderboardView view = service.showLeaderboard(new LeaderboardQuery(GUILD, second, LeaderboardKind.SCORE));

        assertThat(view.top()).hasSize(10);
        assertThat(view.top()).filteredOn(LeaderboardEntry::viewer).extracting(LeaderboardEntry::place).containsExactly(2);
        assertThat(view.own()).isEmpty();
        assertThat(view.totalListed()).isEqualTo(15);
    }

    @Test
    void aViewerBelowTheTopGetsItsOwnPlaceBelowTheList() {
        seed(15);
        UserId thirteenth = members.get(12).userId();

        LeaderboardView view = service.showLeaderboard(new LeaderboardQuery(GUILD, thirteenth, LeaderboardKind.SCORE));

        assertThat(view.own()).map(LeaderboardEntry::place).contains(13);
        assertThat(view.top()).noneMatch(LeaderboardEntry::viewer);
    }

    @Test
    void scoresAreShownRoundedAndTheTierBoardSaysHowFarTheNextTierIs() {
        members.add(member(1, "300.4", Tier.QANAT, 0));
        members.add(member(2, "68.2", Tier.HAJRA, 1));
        members.add(member(3, "2000", Tier.USUL, 2));

        LeaderboardView tiers = service.showLeaderboard(new LeaderboardQuery(GUILD, members.get(2).userId(), LeaderboardKind.TIERS));

        assertThat(tiers.top()).extracting(e -> e.nym().value()).containsExactly("member-2", "member-1");
        assertThat(tiers.top().getFirst().nextTier()).contains(new LeaderboardEntry.NextTier(Tier.ICHWAN, BigInteger.ONE));
        assertThat(tiers.top().get(1).nextTier()).contains(new LeaderboardEntry.NextTier(Tier.SIHAYA, BigInteger.valueOf(120)));
        assertThat(tiers.top().get(1).roundedScore()).isEqualTo(BigInteger.valueOf(300));
        assertThat(tiers.own()).as("Usul's next tier is rank-based: not listed").isEmpty();
        assertThat(tiers.totalListed()).isEqualTo(2);
    }

    @Test
    void membersWithoutBadgesAreNotOnTheBadgeBoard() {
        members.add(member(1, "10", Tier.HAJRA, 0));
        members.add(member(2, "5", Tier.NONE, 3));

        LeaderboardView badges = service.showLeaderboard(new LeaderboardQuery(GUILD, members.getFirst().userId(),
                LeaderboardKind.BADGES));

        assertThat(badges.top()).extracting(LeaderboardEntry::badgeCount).containsExactly(3);
        assertThat(badges.own()).isEmpty();
    }

    private void seed(int count) {
        for (int i = 1; i <= count; i++) {
            members.add(member(i, Integer.toString(1000 - i), Tier.SAYYADINA, i % 3));
        }
    }

    private static LeaderboardMember member(int n, String score, Tier tier, int badges) {
        return new LeaderboardMember(new UserId("1000000000000000" + (100 + n)), new Nym("member-" + n),
                Score.parse(score), JOINED, tier, badges, OptionalInt.empty());
    }

    /** The leaderboards by brute force over {@link #members}. */
    private final class MemoryBoard implements LoadLeaderboardPort {

        private List<LeaderboardMember> ranked() {
            List<LeaderboardMember> ranked = members.stream().filter(m -> m.score().isPositive())
                    .sorted(Comparator.comparing(LeaderboardMember::rankKey)).toList();
            List<LeaderboardMember> numbered = new ArrayList<>();
            for (int i = 0; i < ranked.size(); i++) {
                LeaderboardMember m = ranked.get(i);
                numbered.add(new LeaderboardMember(m.userId(), m.nym(), m.score(), m.joinedAt(), m.tier(), m.badgeCount(),
                        OptionalInt.of(i + 1)));
            }
            return numbered;
        }

        private List<LeaderboardMember> byBadges() {
            return ranked().stream().filter(m -> m.badgeCount() > 0)
                    .sorted(Comparator.comparingInt((LeaderboardMember m) -> -m.badgeCount())
                            .thenComparing(LeaderboardMember::rankKey))
                    .toList();
        }

        private List<LeaderboardMember> byProgress(List<TierTarget> targets) {
            return ranked().stream().filter(m -> target(targets, m).isPresent())
                    .sorted(Comparator.comparing((LeaderboardMember m) -> target(targets, m).orElseThrow().distance(m.score()))
                            .thenComparing(LeaderboardMember::rankKey))
                    .toList();
        }

        private Optional<TierTarget> target(List<TierTarget> targets, LeaderboardMember m) {
            return targets.stream().filter(t -> t.tier() == m.tier()).findFirst();
        }

        @Override
        public Optional<LeaderboardMember> findPresent(CommunityId communityId, UserId userId) {
            return ranked().stream().filter(m -> m.userId().equals(userId)).findFirst();
        }

        @Override
        public List<LeaderboardMember> topByRank(CommunityId communityId, PageLimit limit) {
            return ranked().stream().limit(limit.value()).toList();
        }

        @Override
        public int countRanked(CommunityId communityId) {
            return ranked().size();
        }

        @Override
        public List<LeaderboardMember> topByBadges(CommunityId communityId, PageLimit limit) {
            return byBadges().stream().limit(limit.value()).toList();
        }

        @Override
        public int countWithBadges(CommunityId communityId) {
            return byBadges().size();
        }

        @Override
        public int countAheadByBadges(CommunityId communityId, LeaderboardMember member) {
            return byBadges().indexOf(member);
        }

        @Override
        public List<LeaderboardMember> topByTierProgress(CommunityId communityId, List<TierTarget> targets, PageLimit limit) {
            return byProgress(targets).stream().limit(limit.value()).toList();
        }

        @Override
        public int countInTiers(CommunityId communityId, List<TierTarget> targets) {
            return byProgress(targets).size();
        }

        @Override
        public int countAheadByTierProgress(CommunityId communityId, List<TierTarget> targets, TierTarget own,
                LeaderboardMember member) {
            return byProgress(targets).indexOf(member);
        }
    }
}

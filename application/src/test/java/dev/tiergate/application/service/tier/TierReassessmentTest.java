package dev.tiergate.application.service.tier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.tier.TierCandidate;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.BadgeGrant;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.badge.BadgeRules;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.naib.SeatingChanges;
import dev.tiergate.domain.profile.Nym;
import dev.tiergate.domain.profile.Score;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.Standing;
import dev.tiergate.domain.tier.Tier;
import dev.tiergate.domain.tier.TierChange;
import dev.tiergate.domain.tier.TierDecision;
import dev.tiergate.domain.tier.TierState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TierReassessmentTest {

    private static final CommunityId GUILD = new CommunityId("123456789012345678");
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    /** A ranking of n members whose rank is their number and score 1000 − 10·rank. */
    private record Ranking(int size) implements LoadRankingPort {

        static UserId user(int rank) {
            return new UserId(Long.toString(300_000_000_000_000_000L + rank));
        }

        RankedMember at(int rank) {
            return new RankedMember(rank, user(rank), new Nym("member" + rank), Score.parse(Integer.toString(1000 - 10 * rank)));
        }

        public Optional<RankedMember> findRanked(CommunityId c, UserId u) {
            int rank = (int) (Long.parseLong(u.value()) - 300_000_000_000_000_000L);
            return rank >= 1 && rank <= size ? Optional.of(at(rank)) : Optional.empty();
        }

        public Optional<RankedMember> findAtRank(CommunityId c, int rank) {
            return rank >= 1 && rank <= size ? Optional.of(at(rank)) : Optional.empty();
        }

        public List<RankedMember> findFromRank(CommunityId c, int from, PageLimit limit) {
            List<RankedMember> page = new ArrayList<>();
            for (int r = from; r <= size && page.size() < limit.value(); r++) {
                page.add(at(r));
            }
            return page;
        }

        public int countRanked(CommunityId c) {
            return size;
        }
    }

    @Test
    void seatsTheTopSevenAndPromotesThemAndTheFedaykinRecordingEachChangeOnce() {
        Ranking ranking = new Ranking(80);
        List<SeatingChanges> seatings = new ArrayList<>();
        Map<UserId, TierDecision> saved = new HashMap<>();
        RecordingAwards awards = new RecordingAwards();
        TierReassessment reassessment = new TierReassessment(ranking, c -> seatings.stream()
                .flatMap(s -> s.seated().stream()).map(u -> new Seating(u, NOW, Optional.empty())).toList(),
                (c, changes, at) -> seatings.add(changes),
                (c, named, through) -> {
                    List<TierCandidate> candidates = new ArrayList<>();
                    for (int rank = 1; rank <= through + 1; rank++) {
                        UserId user = Ranking.user(rank);
                        boolean seated = seatings.stream().anyMatch(s -> s.seated().contains(user));
                        TierState state = saved.containsKey(user) ? saved.get(user).next() : TierState.NONE;
                        candidates.add(new TierCandidate(user, state,
                                Standing.ranked(rank, ranking.at(rank).score(), seated)));
                    }
                    return candidates;
                },
                (c, decisions) -> saved.putAll(decisions), c -> Optional.of(NOW), awards);
        Community community = Community.withDefaults(GUILD);

        TierReassessment.Result first = reassessment.reassess(community, List.of(), NOW);
        assertThat(first.seatChanges()).isEqualTo(7);
        assertThat(first.tierChanges()).isEqualTo(70);
        assertThat(saved.get(Ranking.user(7)).next().tier()).isEqualTo(Tier.NAIB);
        assertThat(saved.get(Ranking.user(8)).next().tier()).isEqualTo(Tier.FEDAYKIN);
        assertThat(saved.get(Ranking.user(70)).next().tier()).isEqualTo(Tier.QANAT);
        assertThat(saved.get(Ranking.user(1)).change()).map(TierChange::cause).contains(TierChange.Cause.PROMOTED);

        assertThat(awards.granted(BadgeRules.NAIB_ASCENDED)).hasSize(7);
        assertThat(awards.granted(BadgeRules.FOUNDING_NAIB)).hasSize(7);
        assertThat(awards.granted(BadgeRules.USUL_ASCENDED)).hasSize(69);
        assertThat(awards.granted(BadgeRules.FORMER_NAIB)).isEmpty();

        int grantsBefore = awards.grants.size();
        TierReassessment.Result again = reassessment.reassess(community, List.of(), NOW);
        assertThat(again).isEqualTo(new TierReassessment.Result(0, 0));
        assertThat(awards.grants).hasSize(grantsBefore);
    }

    /** Records every automatic grant. */
    private static final class RecordingAwards implements SaveBadgeAwardsPort {

        final List<BadgeGrant> grants = new ArrayList<>();

        List<UserId> granted(BadgeId badge) {
            return grants.stream().filter(g -> g.badge().equals(badge)).map(BadgeGrant::member).toList();
        }

        public boolean awardBadge(CommunityId c, BadgeGrant grant, Instant at) {
            throw new UnsupportedOperationException("reassessment awards automatically only");
        }

        public boolean revokeBadge(CommunityId c, UserId m, BadgeId b, AwardSource by, String reason, Instant at) {
            throw new UnsupportedOperationException("reassessment never revokes");
        }

        public int grantAutomaticBadges(CommunityId c, List<BadgeGrant> granted, Instant at) {
            grants.addAll(granted);
            return granted.size();
        }
    }
}

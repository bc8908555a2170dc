package dev.tiergate.application.service.member;

import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.tier.TierReassessment;
import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.badge.BadgeGrant;
import dev.tiergate.domain.badge.BadgeId;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.naib.SeatingChanges;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.shared.PageLimit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The fakes the lifecycle services share: a lock that runs at once, and a reassessment over an empty ranking that records what it was asked. */
final class LifecycleFixtures {

    static final CommunityId GUILD = new CommunityId("123456789012345678");
    static final UserId MEMBER = new UserId("223456789012345678");

    private LifecycleFixtures() {
    }

    /** Runs the work at once and counts the transactions. */
    static final class RunNow implements CommunityWriteLockPort {

        int transactions;

        @Override
        public <T> T inCommunityTransaction(CommunityId communityId, Supplier<T> work) {
            transactions++;
            return work.get();
        }
    }

    /**
     * A reassessment whose ranking is empty and whose council holds the given Naib: reassessing
     * unseats it (it is no longer ranked) and records the members it was asked about.
     */
    static final class Reassessments {

        final List<Collection<UserId>> asked = new ArrayList<>();
        final List<SeatingChanges> seatings = new ArrayList<>();
        private final List<Seating> council = new ArrayList<>();

        void seat(UserId naib, Instant at) {
            council.add(new Seating(naib, at, Optional.empty()));
        }

        TierReassessment reassessment() {
            return new TierReassessment(new EmptyRanking(), c -> List.copyOf(council), (c, changes, at) -> {
                seatings.add(changes);
                council.removeIf(seating -> changes.unseated().contains(seating.userId()));
            }, (c, named, through) -> {
                asked.add(List.copyOf(named));
                return List.of();
            }, (c, decisions) -> { }, c -> Optional.empty(), new NoAwards());
        }
    }

    private static final class EmptyRanking implements LoadRankingPort {

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
    }

    private static final class NoAwards implements SaveBadgeAwardsPort {

        public boolean awardBadge(CommunityId c, BadgeGrant grant, Instant at) {
            throw new UnsupportedOperationException();
        }

        public boolean revokeBadge(CommunityId c, UserId m, BadgeId b, AwardSource by, String reason, Instant at) {
            throw new UnsupportedOperationException();
        }

        public int grantAutomaticBadges(CommunityId c, List<BadgeGrant> grants, Instant at) {
            return grants.size();
        }
    }
}

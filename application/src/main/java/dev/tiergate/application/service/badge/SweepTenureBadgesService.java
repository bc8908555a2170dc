package dev.tiergate.application.service.badge;

import dev.tiergate.application.port.in.badge.SweepTenureBadgesUseCase;
import dev.tiergate.application.port.in.badge.TenureSweep;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.badge.TenureCandidate;
import dev.tiergate.application.port.out.badge.TenureSweepPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.domain.badge.BadgeGrant;
import dev.tiergate.domain.badge.BadgeRules;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Awards tenure badges community by community, {@link #MEMBER_BATCH} members per transaction, so
 * the sweep never holds a large transaction; an interrupted sweep simply runs again (awards are idempotent).
 */
public final class SweepTenureBadgesService implements SweepTenureBadgesUseCase {

    static final PageLimit COMMUNITY_BATCH = new PageLimit(100);
    static final PageLimit MEMBER_BATCH = new PageLimit(500);

    private final TenureSweepPort sweep;
    private final LoadCommunityPort communities;
    private final SaveBadgeAwardsPort awards;
    private final Clock clock;

    public SweepTenureBadgesService(TenureSweepPort sweep, LoadCommunityPort communities, SaveBadgeAwardsPort awards,
            Clock clock) {
        this.sweep = sweep;
        this.communities = communities;
        this.awards = awards;
        this.clock = clock;
    }

    @Override
    public TenureSweep sweepTenureBadges() {
        Instant now = clock.instant();
        TenureSweep total = new TenureSweep(0, 0, 0);
        Optional<CommunityId> after = Optional.empty();
        List<CommunityId> page;
        do {
            page = sweep.findActiveCommunities(after, COMMUNITY_BATCH);
            for (CommunityId id : page) {
                Optional<Community> community = communities.loadCommunity(id);
                if (community.isPresent()) {
                    total = sum(total, sweepCommunity(community.get(), now));
                }
            }
            after = page.isEmpty() ? after : Optional.of(page.getLast());
        } while (page.size() == COMMUNITY_BATCH.value());
        return total;
    }

    private TenureSweep sweepCommunity(Community community, Instant now) {
        int members = 0;
        int awarded = 0;
        Optional<UserId> after = Optional.empty();
        List<TenureCandidate> batch;
        do {
            batch = sweep.findPresentMembers(community.id(), after, MEMBER_BATCH);
            List<BadgeGrant> grants = batch.stream()
                    .flatMap(member -> BadgeRules.grants(member.userId(),
                            BadgeRules.tenure(member.joinedAt(), community.config().launchedAt(), now),
                            community.config().badgeCatalog()).stream())
                    .toList();
            if (!grants.isEmpty()) {
                awarded += awards.grantAutomaticBadges(community.id(), grants, now);
            }
            members += batch.size();
            after = batch.isEmpty() ? after : Optional.of(batch.getLast().userId());
        } while (batch.size() == MEMBER_BATCH.value());
        return new TenureSweep(1, members, awarded);
    }

    private static TenureSweep sum(TenureSweep a, TenureSweep b) {
        return new TenureSweep(a.communities() + b.communities(), a.members() + b.members(),
                a.badgesAwarded() + b.badgesAwarded());
    }
}

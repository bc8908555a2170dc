package dev.tiergate.application.service.badge;

import dev.tiergate.application.port.in.badge.BadgeSweepResult;
import dev.tiergate.application.port.in.badge.SweepAutomaticBadgesUseCase;
import dev.tiergate.application.port.out.badge.AutomaticBadgeSweepPort;
import dev.tiergate.application.port.out.badge.LoadFirstSeatingPort;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.domain.badge.AutomaticBadgeInputs;
import dev.tiergate.domain.badge.BadgeCatalog;
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
 * Evaluates every automatic badge rule community by community, {@link #MEMBER_BATCH} members per
 * read and per award transaction, so the sweep never holds a large transaction; the awards skip
 * every badge a member holds or ever held, so an interrupted sweep simply runs again.
 */
public final class SweepAutomaticBadgesService implements SweepAutomaticBadgesUseCase {

    static final PageLimit COMMUNITY_BATCH = new PageLimit(100);
    static final PageLimit MEMBER_BATCH = new PageLimit(500);

    private final AutomaticBadgeSweepPort sweep;
    private final LoadCommunityPort communities;
    private final LoadFirstSeatingPort firstSeating;
    private final SaveBadgeAwardsPort awards;
    private final Clock clock;

    public SweepAutomaticBadgesService(AutomaticBadgeSweepPort sweep, LoadCommunityPort communities,
            LoadFirstSeatingPort firstSeating, SaveBadgeAwardsPort awards, Clock clock) {
        this.sweep = sweep;
        this.communities = communities;
        this.firstSeating = firstSeating;
        this.awards = awards;
        this.clock = clock;
    }

    @Override
    public BadgeSweepResult sweepAutomaticBadges() {
        Instant now = clock.instant();
        BadgeSweepResult total = BadgeSweepResult.NONE;
        Optional<CommunityId> after = Optional.empty();
        List<CommunityId> page;
        do {
            page = sweep.findActiveCommunities(after, COMMUNITY_BATCH);
            for (CommunityId id : page) {
                Optional<Community> community = communities.loadCommunity(id);
                if (community.isPresent()) {
                    total = total.plus(sweepCommunity(community.get(), now));
                }
            }
            after = page.isEmpty() ? after : Optional.of(page.getLast());
        } while (page.size() == COMMUNITY_BATCH.value());
        return total;
    }

    private BadgeSweepResult sweepCommunity(Community community, Instant now) {
        BadgeCatalog catalog = community.config().badgeCatalog();
        Optional<Instant> launchedAt = community.config().launchedAt();
        Optional<Instant> founding = firstSeating.firstSeatingAt(community.id());
        int members = 0;
        int awarded = 0;
        Optional<UserId> after = Optional.empty();
        List<AutomaticBadgeInputs> batch;
        do {
            batch = sweep.findBadgeInputs(community.id(), after, MEMBER_BATCH);
            List<BadgeGrant> grants = batch.stream()
                    .flatMap(member -> BadgeRules.grants(member.member(),
                            member.earned(launchedAt, founding, now), catalog).stream())
                    .toList();
            if (!grants.isEmpty()) {
                awarded += awards.grantAutomaticBadges(community.id(), grants, now);
            }
            members += batch.size();
            after = batch.isEmpty() ? after : Optional.of(batch.getLast().member());
        } while (batch.size() == MEMBER_BATCH.value());
        return new BadgeSweepResult(1, members, awarded);
    }
}

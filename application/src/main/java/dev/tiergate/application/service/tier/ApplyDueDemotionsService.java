package dev.tiergate.application.service.tier;

import dev.tiergate.application.port.in.tier.ApplyDueDemotionsUseCase;
import dev.tiergate.application.port.out.tier.FindPendingDemotionsPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.shared.PageLimit;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Reassesses every community with a pending demotion, each in its own community transaction (so a
 * score batch of the same community waits, and never sees half of it): the tier policy demotes those
 * whose grace has run out and cancels the pending demotion of those who recovered.
 */
public final class ApplyDueDemotionsService implements ApplyDueDemotionsUseCase {

    static final PageLimit PAGE = new PageLimit(100);

    private final FindPendingDemotionsPort pending;
    private final CommunityWriteLockPort lock;
    private final CommunityRules rules;
    private final TierReassessment tiers;
    private final Clock clock;

    public ApplyDueDemotionsService(FindPendingDemotionsPort pending, CommunityWriteLockPort lock,
            CommunityRules rules, TierReassessment tiers, Clock clock) {
        this.pending = pending;
        this.lock = lock;
        this.rules = rules;
        this.tiers = tiers;
        this.clock = clock;
    }

    @Override
    public int applyDueDemotions() {
        int changes = 0;
        Optional<CommunityId> after = Optional.empty();
        List<CommunityId> page;
        do {
            page = pending.findCommunitiesWithPendingDemotions(after, PAGE);
            for (CommunityId community : page) {
                changes += lock.inCommunityTransaction(community,
                        () -> tiers.reassess(rules.of(community), List.of(), clock.instant()).tierChanges());
            }
            after = page.isEmpty() ? after : Optional.of(page.getLast());
        } while (page.size() == PAGE.value());
        return changes;
    }
}

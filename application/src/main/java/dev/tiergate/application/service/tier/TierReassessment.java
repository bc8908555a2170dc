package dev.tiergate.application.service.tier;

import dev.tiergate.application.port.out.badge.LoadFirstSeatingPort;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.naib.LoadNaibSeatsPort;
import dev.tiergate.application.port.out.naib.UpdateNaibSeatsPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.tier.LoadTierCandidatesPort;
import dev.tiergate.application.port.out.tier.SaveTierChangesPort;
import dev.tiergate.application.port.out.tier.TierCandidate;
import dev.tiergate.domain.badge.BadgeCatalog;
import dev.tiergate.domain.badge.BadgeGrant;
import dev.tiergate.domain.badge.BadgeRules;
import dev.tiergate.domain.community.Community;
import dev.tiergate.domain.naib.NaibCouncil;
import dev.tiergate.domain.naib.Seating;
import dev.tiergate.domain.naib.SeatingChanges;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.rank.RankedMember;
import dev.tiergate.domain.shared.PageLimit;
import dev.tiergate.domain.tier.TierDecision;
import dev.tiergate.domain.tier.TierPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lets seats and tiers follow the ranking after it moved: re-seats the Naib council, then
 * assesses every member whose tier can have changed, and awards the achievement badges those
 * moves earn (naib-ascended, founding-naib, former-naib, usul-ascended) in the same transaction.
 * Running it twice changes nothing more.
 */
public final class TierReassessment {

    /** What one reassessment moved. */
    public record Result(int seatChanges, int tierChanges) {
    }

    private final LoadRankingPort ranking;
    private final LoadNaibSeatsPort loadSeats;
    private final UpdateNaibSeatsPort updateSeats;
    private final LoadTierCandidatesPort candidates;
    private final SaveTierChangesPort tierChanges;
    private final LoadFirstSeatingPort firstSeating;
    private final SaveBadgeAwardsPort awards;

    public TierReassessment(LoadRankingPort ranking, LoadNaibSeatsPort loadSeats, UpdateNaibSeatsPort updateSeats,
            LoadTierCandidatesPort candidates, SaveTierChangesPort tierChanges, LoadFirstSeatingPort firstSeating,
            SaveBadgeAwardsPort awards) {
        this.ranking = ranking;
        this.loadSeats = loadSeats;
        this.updateSeats = updateSeats;
        this.candidates = candidates;
        this.tierChanges = tierChanges;
        this.firstSeating = firstSeating;
        this.awards = awards;
    }

    public Result reassess(Community community, Collection<UserId> moved, Instant now) {
        SeatingChanges seating = reseat(community);
        if (!seating.isEmpty()) {
            updateSeats.applySeatingChanges(community.id(), seating, now);
        }
        TierPolicy policy = community.config().tierPolicy();
        Map<UserId, TierDecision> decisions = new LinkedHashMap<>();
        int changes = 0;
        int throughRank = community.config().rankBands().fedaykinCutoff();
        for (TierCandidate candidate : candidates.loadTierCandidates(community.id(), moved, throughRank)) {
            TierDecision decision = policy.assess(candidate.state(), candidate.standing(), now);
            if (decision.changesState(candidate.state())) {
                decisions.put(candidate.userId(), decision);
                changes += decision.change().isPresent() ? 1 : 0;
            }
        }
        if (!decisions.isEmpty()) {
            tierChanges.saveTierDecisions(community.id(), decisions);
        }
        awardAchievements(community, seating, decisions, now);
        return new Result(seating.seated().size() + seating.unseated().size(), changes);
    }

    private void awardAchievements(Community community, SeatingChanges seating, Map<UserId, TierDecision> decisions,
            Instant now) {
        BadgeCatalog catalog = community.config().badgeCatalog();
        List<BadgeGrant> grants = new ArrayList<>();
        if (!seating.seated().isEmpty()) {
            Instant founding = firstSeating.firstSeatingAt(community.id()).orElse(now);
            seating.seated().forEach(user -> grants.addAll(BadgeRules.grants(user,
                    BadgeRules.seated(new Seating(user, now, Optional.empty()), founding), catalog)));
        }
        seating.unseated().forEach(user -> grants.addAll(BadgeRules.grants(user, BadgeRules.unseated(), catalog)));
        decisions.forEach((user, decision) -> decision.change().ifPresent(change ->
                grants.addAll(BadgeRules.grants(user, BadgeRules.tierReached(change.to()), catalog))));
        if (!grants.isEmpty()) {
            awards.grantAutomaticBadges(community.id(), grants, now);
        }
    }

    private SeatingChanges reseat(Community community) {
        NaibCouncil council = community.config().naibCouncil();
        Map<UserId, Optional<RankedMember>> incumbents = new LinkedHashMap<>();
        for (Seating seating : loadSeats.currentSeatings(community.id())) {
            incumbents.put(seating.userId(), ranking.findRanked(community.id(), seating.userId()));
        }
        // The best challengers are among the top (seats × 2): at most `seats` of those are incumbents.
        int window = Math.max(1, council.seats() * 2);
        return council.reseat(incumbents, ranking.findFromRank(community.id(), 1, new PageLimit(window)));
    }
}

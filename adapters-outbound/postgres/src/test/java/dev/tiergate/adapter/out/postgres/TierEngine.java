package dev.tiergate.adapter.out.postgres;

import dev.tiergate.application.port.out.badge.LoadFirstSeatingPort;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.naib.LoadNaibSeatsPort;
import dev.tiergate.application.port.out.naib.UpdateNaibSeatsPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.score.SaveScoresPort;
import dev.tiergate.application.port.out.tier.FindPendingDemotionsPort;
import dev.tiergate.application.port.out.tier.LoadTierCandidatesPort;
import dev.tiergate.application.port.out.tier.SaveTierChangesPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.application.service.score.IngestScoresService;
import dev.tiergate.application.service.tier.ApplyDueDemotionsService;
import dev.tiergate.application.service.tier.TierReassessment;
import java.time.Clock;

/** The real tier engine (ingestion, reassessment, due demotions) on the adapters of a test's context. */
final class TierEngine {

    private TierEngine() {
    }

    static TierReassessment reassessment() {
        return new TierReassessment(AdapterIntegrationTest.bean(LoadRankingPort.class),
                AdapterIntegrationTest.bean(LoadNaibSeatsPort.class), AdapterIntegrationTest.bean(UpdateNaibSeatsPort.class),
                AdapterIntegrationTest.bean(LoadTierCandidatesPort.class),
                AdapterIntegrationTest.bean(SaveTierChangesPort.class),
                AdapterIntegrationTest.bean(LoadFirstSeatingPort.class),
                AdapterIntegrationTest.bean(SaveBadgeAwardsPort.class));
    }

    static IngestScoresService ingestion(Clock clock) {
        return new IngestScoresService(AdapterIntegrationTest.bean(CommunityWriteLockPort.class),
                AdapterIntegrationTest.bean(EnsureCommunityPort.class), AdapterIntegrationTest.bean(SaveScoresPort.class),
                reassessment(), clock);
    }

    static ApplyDueDemotionsService dueDemotions(Clock clock) {
        return new ApplyDueDemotionsService(AdapterIntegrationTest.bean(FindPendingDemotionsPort.class),
                AdapterIntegrationTest.bean(CommunityWriteLockPort.class), rules(), reassessment(), clock);
    }

    static CommunityRules rules() {
        return new CommunityRules(AdapterIntegrationTest.bean(LoadCommunityPort.class));
    }
}

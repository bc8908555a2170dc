package dev.tiergate.bootstrap.wiring;

import dev.tiergate.application.port.in.health.CheckReadinessUseCase;
import dev.tiergate.application.port.in.interaction.AnswerInteractionUseCase;
import dev.tiergate.application.port.in.member.RegisterMemberUseCase;
import dev.tiergate.application.port.in.position.ShowPositionUseCase;
import dev.tiergate.application.port.in.profile.ViewProfileUseCase;
import dev.tiergate.application.port.in.score.IngestScoresUseCase;
import dev.tiergate.application.port.in.threshold.ShowThresholdUseCase;
import dev.tiergate.application.port.in.tier.ApplyDueDemotionsUseCase;
import dev.tiergate.application.port.out.badge.LoadBadgesPort;
import dev.tiergate.application.port.out.badge.LoadFirstSeatingPort;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.health.DependencyHealthPort;
import dev.tiergate.application.port.out.interaction.InteractionProgressPort;
import dev.tiergate.application.port.out.interaction.InteractionResponderPort;
import dev.tiergate.application.port.out.metrics.InteractionMetricsPort;
import dev.tiergate.application.port.out.naib.LoadNaibSeatsPort;
import dev.tiergate.application.port.out.naib.UpdateNaibSeatsPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.port.out.profile.RegisterMemberPort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.ratelimit.RateLimitPort;
import dev.tiergate.application.port.out.score.SaveScoresPort;
import dev.tiergate.application.port.out.tier.FindPendingDemotionsPort;
import dev.tiergate.application.port.out.tier.LoadTierCandidatesPort;
import dev.tiergate.application.port.out.tier.SaveTierChangesPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.application.service.RecentRankBands;
import dev.tiergate.application.service.health.CheckReadinessService;
import dev.tiergate.application.service.interaction.AnswerInteractionService;
import dev.tiergate.application.service.interaction.AnswerTiming;
import dev.tiergate.application.service.interaction.MemberUseCases;
import dev.tiergate.application.service.interaction.ReplyComposer;
import dev.tiergate.application.service.member.RegisterMemberService;
import dev.tiergate.application.service.position.ShowPositionService;
import dev.tiergate.application.service.profile.ViewProfileService;
import dev.tiergate.application.service.score.IngestScoresService;
import dev.tiergate.application.service.threshold.ShowThresholdService;
import dev.tiergate.application.service.tier.ApplyDueDemotionsService;
import dev.tiergate.application.service.tier.TierReassessment;
import dev.tiergate.bootstrap.config.TiergateSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Creates the use cases, plain classes of the application ring, from the adapters' ports. */
@Factory
class UseCaseFactory {

    @Singleton
    CommunityRules communityRules(LoadCommunityPort communities) {
        return new CommunityRules(communities);
    }

    @Singleton
    RecentRankBands recentRankBands(CommunityRules rules, Clock clock) {
        return new RecentRankBands(rules, clock);
    }

    @Singleton
    ShowPositionUseCase showPosition(RecentRankBands rankBands, LoadRankingPort ranking, LoadNaibSeatsPort seats) {
        return new ShowPositionService(rankBands, ranking, seats);
    }

    @Singleton
    ShowThresholdUseCase showThreshold(RecentRankBands rankBands, LoadRankingPort ranking) {
        return new ShowThresholdService(rankBands, ranking);
    }

    @Singleton
    ViewProfileUseCase viewProfile(CommunityRules rules, LoadProfilesPort profiles, LoadRankingPort ranking,
            LoadBadgesPort badges, Clock clock) {
        return new ViewProfileService(rules, profiles, ranking, badges, clock);
    }

    @Singleton
    TierReassessment tierReassessment(LoadRankingPort ranking, LoadNaibSeatsPort loadSeats,
            UpdateNaibSeatsPort updateSeats, LoadTierCandidatesPort candidates, SaveTierChangesPort tierChanges,
            LoadFirstSeatingPort firstSeating, SaveBadgeAwardsPort awards) {
        return new TierReassessment(ranking, loadSeats, updateSeats, candidates, tierChanges, firstSeating, awards);
    }

    @Singleton
    ApplyDueDemotionsUseCase applyDueDemotions(FindPendingDemotionsPort pending, CommunityWriteLockPort lock,
            CommunityRules rules, TierReassessment tiers, Clock clock) {
        return new ApplyDueDemotionsService(pending, lock, rules, tiers, clock);
    }

    @Singleton
    IngestScoresUseCase ingestScores(CommunityWriteLockPort lock, EnsureCommunityPort communities,
            SaveScoresPort scores, TierReassessment tiers, Clock clock) {
        return new IngestScoresService(lock, communities, scores, tiers, clock);
    }

    @Singleton
    RegisterMemberUseCase registerMember(CommunityWriteLockPort lock, EnsureCommunityPort communities,
            RegisterMemberPort members) {
        return new RegisterMemberService(lock, communities, members);
    }

    /** Composes answers on virtual threads, so a slow answer never holds a consumer slot's thread. */
    @Singleton
    @Named("answers")
    @Bean(preDestroy = "close")
    ExecutorService answerExecutor() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }

    @Singleton
    ReplyComposer replyComposer(MemberUseCases useCases, CommunityRules rules, RateLimitPort limits,
            TiergateSettings settings) {
        return new ReplyComposer(useCases, rules, limits, settings.rateLimits());
    }

    @Singleton
    AnswerInteractionUseCase answerInteraction(ReplyComposer composer, InteractionResponderPort responder,
            InteractionProgressPort progress, InteractionMetricsPort metrics, @Named("answers") ExecutorService executor,
            Clock clock) {
        return new AnswerInteractionService(composer, responder, progress, metrics, executor, clock,
                AnswerTiming.DISCORD);
    }

    @Singleton
    CheckReadinessUseCase checkReadiness(List<DependencyHealthPort> dependencies) {
        return new CheckReadinessService(dependencies);
    }
}

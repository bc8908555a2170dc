package dev.tiergate.bootstrap.wiring;

import dev.tiergate.application.port.in.activity.PruneRecordedActivitiesUseCase;
import dev.tiergate.application.port.in.activity.RecordActivityUseCase;
import dev.tiergate.application.port.in.alert.ManageAlertsUseCase;
import dev.tiergate.application.port.in.badge.AwardBadgeUseCase;
import dev.tiergate.application.port.in.badge.RevokeBadgeUseCase;
import dev.tiergate.application.port.in.badge.ShowBadgesUseCase;
import dev.tiergate.application.port.in.badge.SuggestBadgesUseCase;
import dev.tiergate.application.port.in.badge.SweepAutomaticBadgesUseCase;
import dev.tiergate.application.port.in.communitystats.ShowCommunityStatsUseCase;
import dev.tiergate.application.port.in.directory.BrowseDirectoryUseCase;
import dev.tiergate.application.port.in.leaderboard.ShowLeaderboardUseCase;
import dev.tiergate.application.port.in.naib.ShowNaibCouncilUseCase;
import dev.tiergate.application.port.in.position.ShowPositionUseCase;
import dev.tiergate.application.port.in.profile.EditProfileUseCase;
import dev.tiergate.application.port.in.profile.SuggestNymsUseCase;
import dev.tiergate.application.port.in.profile.ViewProfileUseCase;
import dev.tiergate.application.port.in.role.ListRoleSyncFailuresUseCase;
import dev.tiergate.application.port.in.role.ResyncRolesUseCase;
import dev.tiergate.application.port.in.stats.ShowStatsUseCase;
import dev.tiergate.application.port.in.threshold.ShowThresholdUseCase;
import dev.tiergate.application.port.out.activity.ActivityCooldownPort;
import dev.tiergate.application.port.out.activity.ActivityPort;
import dev.tiergate.application.port.out.alert.AlertPreferencesPort;
import dev.tiergate.application.port.out.badge.AutomaticBadgeSweepPort;
import dev.tiergate.application.port.out.badge.LoadBadgesPort;
import dev.tiergate.application.port.out.badge.LoadFirstSeatingPort;
import dev.tiergate.application.port.out.badge.SaveBadgeAwardsPort;
import dev.tiergate.application.port.out.community.EnsureCommunityPort;
import dev.tiergate.application.port.out.community.LoadCommunityPort;
import dev.tiergate.application.port.out.communitystats.LoadCommunityStatsPort;
import dev.tiergate.application.port.out.directory.LoadDirectoryPort;
import dev.tiergate.application.port.out.leaderboard.LoadLeaderboardPort;
import dev.tiergate.application.port.out.naib.LoadNaibHistoryPort;
import dev.tiergate.application.port.out.profile.LoadProfilesPort;
import dev.tiergate.application.port.out.profile.SuggestNymsPort;
import dev.tiergate.application.port.out.profile.UpdateProfilePort;
import dev.tiergate.application.port.out.ranking.LoadRankingPort;
import dev.tiergate.application.port.out.ratelimit.RateLimitPort;
import dev.tiergate.application.port.out.session.SessionStorePort;
import dev.tiergate.application.port.out.stats.LoadMemberStatsPort;
import dev.tiergate.application.port.out.transaction.CommunityWriteLockPort;
import dev.tiergate.application.service.CommunityRules;
import dev.tiergate.application.service.activity.PruneRecordedActivitiesService;
import dev.tiergate.application.service.activity.RecordActivityService;
import dev.tiergate.application.service.alert.ManageAlertsService;
import dev.tiergate.application.service.badge.AwardBadgeService;
import dev.tiergate.application.service.badge.RevokeBadgeService;
import dev.tiergate.application.service.badge.ShowBadgesService;
import dev.tiergate.application.service.badge.SuggestBadgesService;
import dev.tiergate.application.service.badge.SweepAutomaticBadgesService;
import dev.tiergate.application.service.communitystats.ShowCommunityStatsService;
import dev.tiergate.application.service.directory.BrowseDirectoryService;
import dev.tiergate.application.service.interaction.MemberUseCases;
import dev.tiergate.application.service.leaderboard.ShowLeaderboardService;
import dev.tiergate.application.service.naib.ShowNaibCouncilService;
import dev.tiergate.application.service.profile.EditProfileService;
import dev.tiergate.application.service.profile.SuggestNymsService;
import dev.tiergate.application.service.stats.ShowStatsService;
import dev.tiergate.bootstrap.config.TiergateSettings;
import dev.tiergate.domain.profile.NymChangePolicy;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/**
 * Creates the use cases members and admins reach from Discord beyond the core reads (profile edits,
 * badges, activity, stats, leaderboards, directory, alerts, Naib council), and bundles them all for
 * the interaction answerer.
 */
@Factory
class MemberCommandsFactory {

    @Singleton
    MemberUseCases memberUseCases(ShowPositionUseCase position, ShowThresholdUseCase threshold,
            ViewProfileUseCase viewProfile, EditProfileUseCase editProfile, ShowBadgesUseCase badges,
            ShowStatsUseCase stats, ShowLeaderboardUseCase leaderboard, BrowseDirectoryUseCase directory,
            ManageAlertsUseCase alerts, ShowNaibCouncilUseCase naib, ShowCommunityStatsUseCase communityStats,
            AwardBadgeUseCase awardBadge, RevokeBadgeUseCase revokeBadge, SuggestNymsUseCase suggestNyms,
            SuggestBadgesUseCase suggestBadges, ListRoleSyncFailuresUseCase roleSyncFailures,
            Optional<ResyncRolesUseCase> resyncRoles) {
        return new MemberUseCases(position, threshold, viewProfile, editProfile, badges, stats, leaderboard,
                directory, alerts, naib, communityStats, awardBadge, revokeBadge, suggestNyms, suggestBadges,
                roleSyncFailures, resyncRoles);
    }

    @Singleton
    EditProfileUseCase editProfile(UpdateProfilePort profiles, Clock clock) {
        return new EditProfileService(profiles, NymChangePolicy.DEFAULT, clock);
    }

    @Singleton
    ManageAlertsUseCase manageAlerts(LoadProfilesPort profiles, AlertPreferencesPort preferences) {
        return new ManageAlertsService(profiles, preferences);
    }

    @Singleton
    SuggestNymsUseCase suggestNyms(SuggestNymsPort nyms) {
        return new SuggestNymsService(nyms);
    }

    @Singleton
    ShowBadgesUseCase showBadges(CommunityRules rules, LoadProfilesPort profiles, LoadBadgesPort badges) {
        return new ShowBadgesService(rules, profiles, badges);
    }

    @Singleton
    AwardBadgeUseCase awardBadge(CommunityRules rules, LoadProfilesPort profiles, SaveBadgeAwardsPort awards,
            Clock clock) {
        return new AwardBadgeService(rules, profiles, awards, clock);
    }

    @Singleton
    RevokeBadgeUseCase revokeBadge(CommunityRules rules, LoadProfilesPort profiles, SaveBadgeAwardsPort awards,
            Clock clock) {
        return new RevokeBadgeService(rules, profiles, awards, clock);
    }

    @Singleton
    SuggestBadgesUseCase suggestBadges(CommunityRules rules) {
        return new SuggestBadgesService(rules);
    }

    @Singleton
    SweepAutomaticBadgesUseCase sweepAutomaticBadges(AutomaticBadgeSweepPort sweep, LoadCommunityPort communities,
            LoadFirstSeatingPort firstSeating, SaveBadgeAwardsPort awards, Clock clock) {
        return new SweepAutomaticBadgesService(sweep, communities, firstSeating, awards, clock);
    }

    @Singleton
    RecordActivityUseCase recordActivity(CommunityWriteLockPort lock, EnsureCommunityPort communities,
            ActivityCooldownPort cooldowns, ActivityPort activity, SaveBadgeAwardsPort awards) {
        return new RecordActivityService(lock, communities, cooldowns, activity, awards);
    }

    @Singleton
    PruneRecordedActivitiesUseCase pruneRecordedActivities(ActivityPort activity, Clock clock) {
        return new PruneRecordedActivitiesService(activity, clock);
    }

    @Singleton
    ShowStatsUseCase showStats(CommunityRules rules, LoadProfilesPort profiles, LoadRankingPort ranking,
            LoadMemberStatsPort stats, Clock clock) {
        return new ShowStatsService(rules, profiles, ranking, stats, clock);
    }

    @Singleton
    ShowLeaderboardUseCase showLeaderboard(CommunityRules rules, LoadLeaderboardPort board) {
        return new ShowLeaderboardService(rules, board);
    }

    @Singleton
    BrowseDirectoryUseCase browseDirectory(CommunityRules rules, LoadDirectoryPort directory,
            SessionStorePort sessions, RateLimitPort limits, TiergateSettings settings, Clock clock) {
        return new BrowseDirectoryService(rules, directory, sessions, limits, settings.rateLimits(), clock);
    }

    @Singleton
    ShowNaibCouncilUseCase showNaibCouncil(CommunityRules rules, LoadNaibHistoryPort history,
            LoadFirstSeatingPort firstSeating) {
        return new ShowNaibCouncilService(rules, history, firstSeating);
    }

    @Singleton
    ShowCommunityStatsUseCase showCommunityStats(LoadCommunityStatsPort stats, Clock clock) {
        return new ShowCommunityStatsService(stats, clock);
    }
}

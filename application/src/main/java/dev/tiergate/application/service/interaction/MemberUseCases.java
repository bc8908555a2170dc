package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.alert.ManageAlertsUseCase;
import dev.tiergate.application.port.in.badge.AwardBadgeUseCase;
import dev.tiergate.application.port.in.badge.RevokeBadgeUseCase;
import dev.tiergate.application.port.in.badge.ShowBadgesUseCase;
import dev.tiergate.application.port.in.badge.SuggestBadgesUseCase;
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
import java.util.Optional;

/**
 * Every use case a member or admin can reach from Discord, as the interaction answerer needs them;
 * role re-sync exists only where Tiergate can change roles (a bot token, or the local stand-in).
 */
public record MemberUseCases(
        ShowPositionUseCase position,
        ShowThresholdUseCase threshold,
        ViewProfileUseCase viewProfile,
        EditProfileUseCase editProfile,
        ShowBadgesUseCase badges,
        ShowStatsUseCase stats,
        ShowLeaderboardUseCase leaderboard,
        BrowseDirectoryUseCase directory,
        ManageAlertsUseCase alerts,
        ShowNaibCouncilUseCase naib,
        ShowCommunityStatsUseCase communityStats,
        AwardBadgeUseCase awardBadge,
        RevokeBadgeUseCase revokeBadge,
        SuggestNymsUseCase suggestNyms,
        SuggestBadgesUseCase suggestBadges,
        ListRoleSyncFailuresUseCase roleSyncFailures,
        Optional<ResyncRolesUseCase> resyncRoles) {
}

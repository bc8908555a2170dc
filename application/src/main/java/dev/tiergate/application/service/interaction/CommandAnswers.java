package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.alert.AlertsQuery;
import dev.tiergate.application.port.in.alert.SetAlertFrequencyCommand;
import dev.tiergate.application.port.in.alert.ToggleAlertCommand;
import dev.tiergate.application.port.in.badge.AwardBadgeCommand;
import dev.tiergate.application.port.in.badge.RevokeBadgeCommand;
import dev.tiergate.application.port.in.badge.ShowBadgesQuery;
import dev.tiergate.application.port.in.badge.SuggestBadgesQuery;
import dev.tiergate.application.port.in.communitystats.CommunityStatsQuery;
import dev.tiergate.application.port.in.directory.BrowseDirectoryCommand;
import dev.tiergate.application.port.in.directory.PageDirectoryCommand;
import dev.tiergate.application.port.in.directory.RefineDirectoryCommand;
import dev.tiergate.application.port.in.directory.SortDirectoryCommand;
import dev.tiergate.application.port.in.interaction.MemberCommand;
import dev.tiergate.application.port.in.leaderboard.LeaderboardQuery;
import dev.tiergate.application.port.in.naib.NaibCouncilQuery;
import dev.tiergate.application.port.in.position.ShowPositionQuery;
import dev.tiergate.application.port.in.profile.EditProfileCommand;
import dev.tiergate.application.port.in.profile.SuggestNymsQuery;
import dev.tiergate.application.port.in.profile.ViewProfileQuery;
import dev.tiergate.application.port.in.role.ResyncRolesCommand;
import dev.tiergate.application.port.in.role.RoleSyncFailuresQuery;
import dev.tiergate.application.port.in.stats.ShowStatsQuery;
import dev.tiergate.application.port.in.threshold.ShowThresholdQuery;
import dev.tiergate.application.port.out.interaction.Choice;
import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.PageLimit;
import java.util.List;

/** The one place a member command meets its use case and the reply that renders the result. */
final class CommandAnswers {

    private final MemberUseCases useCases;

    CommandAnswers(MemberUseCases useCases) {
        this.useCases = useCases;
    }

    Reply answer(MemberCommand command, CommunityId community, UserId member) {
        return switch (command) {
            case MemberCommand.Unreadable unreadable -> NoticeReply.UNREADABLE;
            case MemberCommand.Unknown unknown -> NoticeReply.unknown(unknown.name());
            case MemberCommand.Invalid invalid -> NoticeReply.invalid(invalid.option(), invalid.problem());
            case MemberCommand.ShowPosition show -> PositionReply.of(useCases.position().showPosition(
                    new ShowPositionQuery(community, member)));
            case MemberCommand.ShowThreshold show ->
                    ThresholdReply.of(useCases.threshold().showThreshold(new ShowThresholdQuery(community)));
            case MemberCommand.ViewProfile view -> ProfileReply.of(useCases.viewProfile().viewProfile(
                    new ViewProfileQuery(community, member, view.nym())));
            case MemberCommand.EditProfile edit -> ProfileEditReply.of(useCases.editProfile().editProfile(
                    new EditProfileCommand(community, member, edit.nym(), edit.bio())));
            case MemberCommand.ShowBadges show -> BadgesReply.of(useCases.badges().showBadges(
                    new ShowBadgesQuery(community, member, show.nym())));
            case MemberCommand.ShowStats show ->
                    StatsReply.of(useCases.stats().showStats(new ShowStatsQuery(community, member)));
            case MemberCommand.ShowLeaderboard show -> LeaderboardReply.of(useCases.leaderboard().showLeaderboard(
                    new LeaderboardQuery(community, member, show.kind())));
            case MemberCommand.BrowseDirectory browse -> DirectoryReply.of(useCases.directory().start(
                    new BrowseDirectoryCommand(community, member, browse.filter(), browse.sort())));
            case MemberCommand.PageDirectory page -> DirectoryReply.of(useCases.directory().page(
                    new PageDirectoryCommand(community, member, page.forward())));
            case MemberCommand.FilterDirectory filter -> DirectoryReply.of(useCases.directory().refine(
                    new RefineDirectoryCommand(community, member, filter.filter(), filter.values())));
            case MemberCommand.SortDirectory sort -> DirectoryReply.of(useCases.directory().sort(
                    new SortDirectoryCommand(community, member, sort.sort())));
            case MemberCommand.ShowAlerts show ->
                    AlertsReply.of(useCases.alerts().show(new AlertsQuery(community, member)), member);
            case MemberCommand.ToggleAlert toggle -> AlertsReply.of(useCases.alerts().toggle(
                    new ToggleAlertCommand(community, member, toggle.kind())), member);
            case MemberCommand.SetAlertFrequency frequency -> AlertsReply.of(useCases.alerts().setFrequency(
                    new SetAlertFrequencyCommand(community, member, frequency.frequency())), member);
            case MemberCommand.ShowNaib show ->
                    NaibReply.of(useCases.naib().showNaibCouncil(new NaibCouncilQuery(community, show.part())));
            case MemberCommand.ShowCommunityStats show -> CommunityStatsReply.of(
                    useCases.communityStats().showCommunityStats(new CommunityStatsQuery(community)),
                    useCases.roleSyncFailures().listRoleSyncFailures(new RoleSyncFailuresQuery(community,
                            new PageLimit(CommunityStatsReply.REFUSALS_SHOWN))));
            case MemberCommand.AwardBadge award -> BadgeAwardReply.of(useCases.awardBadge().awardBadge(
                    new AwardBadgeCommand(community, member, award.nym(), award.badge(), award.reason())));
            case MemberCommand.RevokeBadge revoke -> BadgeAwardReply.of(useCases.revokeBadge().revokeBadge(
                    new RevokeBadgeCommand(community, member, revoke.nym(), revoke.badge(), revoke.reason())));
            case MemberCommand.ResyncRoles resync -> useCases.resyncRoles()
                    .map(roles -> RoleResyncReply.of(roles.resyncRoles(new ResyncRolesCommand(community, resync.mode()))))
                    .orElse(RoleResyncReply.NO_ROLE_CHANGES);
            case MemberCommand.Suggest suggest -> throw new IllegalStateException("autocomplete is answered by suggest");
        };
    }

    /** Autocomplete choices: nyms fill in themselves, badges show their emoji and name and fill in their id. */
    List<Choice> suggest(MemberCommand.Suggest suggest, CommunityId community) {
        return switch (suggest.kind()) {
            case NYM -> useCases.suggestNyms().suggestNyms(new SuggestNymsQuery(community, suggest.partial())).stream()
                    .map(nym -> new Choice(nym.value(), nym.value())).toList();
            case BADGE, CONTRIBUTION_BADGE -> useCases.suggestBadges().suggestBadges(new SuggestBadgesQuery(community,
                    suggest.partial(), suggest.kind() == MemberCommand.Suggestion.CONTRIBUTION_BADGE)).stream()
                    .map(badge -> new Choice(badge.emoji() + " " + badge.name(), badge.id().value())).toList();
        };
    }
}

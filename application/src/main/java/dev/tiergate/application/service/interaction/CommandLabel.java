package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.interaction.MemberCommand;
import java.util.Locale;

/** The metric label of a command: one of a fixed few, so an unknown name never becomes a label. */
final class CommandLabel {

    private CommandLabel() {
    }

    static String of(MemberCommand command) {
        return switch (command) {
            case MemberCommand.ShowPosition p -> "position";
            case MemberCommand.ShowThreshold t -> "threshold";
            case MemberCommand.ViewProfile v -> "profile-view";
            case MemberCommand.EditProfile e -> "profile-edit";
            case MemberCommand.ShowBadges b -> "badges";
            case MemberCommand.ShowStats s -> "stats";
            case MemberCommand.ShowLeaderboard l -> "leaderboard-" + l.kind().name().toLowerCase(Locale.ROOT);
            case MemberCommand.BrowseDirectory d -> "directory";
            case MemberCommand.ShowAlerts a -> "alerts";
            case MemberCommand.ShowNaib n -> "naib-" + n.part().name().toLowerCase(Locale.ROOT);
            case MemberCommand.ShowCommunityStats s -> "admin-stats";
            case MemberCommand.AwardBadge a -> "admin-badge-award";
            case MemberCommand.RevokeBadge r -> "admin-badge-revoke";
            case MemberCommand.ResyncRoles r -> "admin-roles-resync";
            case MemberCommand.PageDirectory p -> "directory-page";
            case MemberCommand.FilterDirectory f -> "directory-filter";
            case MemberCommand.SortDirectory s -> "directory-sort";
            case MemberCommand.ToggleAlert t -> "alerts-toggle";
            case MemberCommand.SetAlertFrequency f -> "alerts-frequency";
            case MemberCommand.Suggest s -> "autocomplete-" + s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            case MemberCommand.Invalid i -> "invalid";
            case MemberCommand.Unreadable u -> "unreadable";
            case MemberCommand.Unknown u -> "unknown";
        };
    }
}

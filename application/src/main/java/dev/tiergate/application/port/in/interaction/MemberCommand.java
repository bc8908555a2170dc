package dev.tiergate.application.port.in.interaction;

import dev.tiergate.application.port.in.role.ResyncRolesCommand;
import dev.tiergate.domain.alert.AlertKind;
import dev.tiergate.domain.directory.DirectoryFilter;
import dev.tiergate.domain.directory.DirectorySort;
import dev.tiergate.domain.leaderboard.LeaderboardKind;
import dev.tiergate.domain.profile.UserId;
import java.util.List;
import java.util.Optional;

/**
 * What a member asked for, as Tiergate understood it: a slash command, a click on one of
 * Tiergate's buttons or menus ({@link Click}), an autocomplete request ({@link Suggest}), or the
 * reason it could not be understood. Option values are untrusted input: the use cases validate them.
 */
public sealed interface MemberCommand {

    /** Whether the answer shows only to the member who asked. */
    boolean ephemeral();

    /** A command only admins may use (see {@code AdminAccess}). */
    sealed interface AdminCommand extends MemberCommand {
        default boolean ephemeral() {
            return true;
        }
    }

    /** A click on a control of an earlier reply; only {@code owner}, whose session it drives, may use it. */
    sealed interface Click extends MemberCommand {
        UserId owner();

        default boolean ephemeral() {
            return true;
        }
    }

    record ShowPosition() implements MemberCommand {
        public boolean ephemeral() {
            return true;
        }
    }

    record ShowThreshold() implements MemberCommand {
        public boolean ephemeral() {
            return false;
        }
    }

    /** /profile view, of the caller when {@code nym} is empty. */
    record ViewProfile(Optional<String> nym) implements MemberCommand {
        public boolean ephemeral() {
            return nym.isEmpty();
        }
    }

    /** /profile edit: the new nym and/or bio; at least one is present when it is valid. */
    record EditProfile(Optional<String> nym, Optional<String> bio) implements MemberCommand {
        public boolean ephemeral() {
            return true;
        }
    }

    /** /badges, of the caller when {@code nym} is empty. */
    record ShowBadges(Optional<String> nym) implements MemberCommand {
        public boolean ephemeral() {
            return nym.isEmpty();
        }
    }

    /** /stats: the caller's own figures. */
    record ShowStats() implements MemberCommand {
        public boolean ephemeral() {
            return true;
        }
    }

    record ShowLeaderboard(LeaderboardKind kind) implements MemberCommand {
        public boolean ephemeral() {
            return false;
        }
    }

    /** /directory: starts a browsing session with these filters and sort. */
    record BrowseDirectory(DirectoryFilter filter, DirectorySort sort) implements MemberCommand {
        public boolean ephemeral() {
            return false;
        }
    }

    /** /alerts: the caller's preferences with toggles. */
    record ShowAlerts() implements MemberCommand {
        public boolean ephemeral() {
            return true;
        }
    }

    /** /naib overview|current|former. */
    record ShowNaib(NaibPart part) implements MemberCommand {
        public boolean ephemeral() {
            return false;
        }
    }

    /** Which part of the council /naib shows. */
    enum NaibPart {
        OVERVIEW, CURRENT, FORMER
    }

    /** /admin-stats. */
    record ShowCommunityStats() implements AdminCommand {
    }

    /** /admin-badge award. */
    record AwardBadge(String nym, String badge, Optional<String> reason) implements AdminCommand {
    }

    /** /admin-badge revoke. */
    record RevokeBadge(String nym, String badge, Optional<String> reason) implements AdminCommand {
    }

    /** /admin-roles resync: a preview, an apply, or an apply confirmed beyond the removal limit. */
    record ResyncRoles(ResyncRolesCommand.Mode mode) implements AdminCommand {
    }

    /** Prev/Next on a directory page. */
    record PageDirectory(UserId owner, boolean forward) implements Click {
    }

    /** A directory menu: the chosen values of one filter ({@code tier}, {@code badge}, {@code tenure}) as sent. */
    record FilterDirectory(UserId owner, String filter, List<String> values) implements Click {
        public FilterDirectory {
            values = List.copyOf(values);
        }
    }

    /** The directory's sort menu, with the chosen value as sent. */
    record SortDirectory(UserId owner, String sort) implements Click {
    }

    /** An alert toggle button. */
    record ToggleAlert(UserId owner, AlertKind kind) implements Click {
    }

    /** The alert frequency menu, with the chosen value as sent (validated by the use case). */
    record SetAlertFrequency(UserId owner, String frequency) implements Click {
    }

    /** An autocomplete request for a nym or badge option, with the partial input as typed. */
    record Suggest(Suggestion kind, String partial) implements MemberCommand {
        public boolean ephemeral() {
            return true;
        }
    }

    /** What an autocompleted option names: any member's nym, any badge, or a badge admins award by hand. */
    enum Suggestion {
        NYM, BADGE, CONTRIBUTION_BADGE
    }

    /** The interaction arrived without the fields that say which command it is. */
    record Unreadable() implements MemberCommand {
        public boolean ephemeral() {
            return true;
        }
    }

    /** A known command with an option value it cannot take; {@code problem} says why, in words for the member. */
    record Invalid(String option, String problem) implements MemberCommand {
        public boolean ephemeral() {
            return true;
        }
    }

    /** A command, or a control, Tiergate does not offer. */
    record Unknown(String name) implements MemberCommand {
        public boolean ephemeral() {
            return true;
        }
    }
}

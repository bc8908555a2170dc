package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.in.role.RoleResync;
import dev.tiergate.application.port.out.interaction.Reply;

/** Renders /admin-roles resync for the admin who ran it: the preview, the refusal, or what was applied. */
final class RoleResyncReply {

    static final Reply NO_ROLE_CHANGES = Reply.notice("Role sync is off",
            "Tiergate has no bot token here, so it cannot change roles on Discord.");

    private RoleResyncReply() {
    }

    static Reply of(RoleResync result) {
        return switch (result) {
            case RoleResync.Planned plan -> Reply.notice("Role re-sync preview", "Nothing was changed. A re-sync would add "
                    + plural(plan.adds(), "role") + " and remove " + plural(plan.removes(), "role") + ", taking tier roles from "
                    + plan.membersLosingRoles() + " of " + plural(plan.totalMembers(), "member")
                    + ". Run `/admin-roles resync mode:apply` to apply it.");
            case RoleResync.Refused refused -> Reply.notice("Role re-sync refused", "It would take tier roles from "
                    + refused.membersLosingRoles() + " of " + plural(refused.totalMembers(), "member") + ", more than "
                    + refused.limitPercent() + " %. If that is right, run `/admin-roles resync mode:confirm`.");
            case RoleResync.Applied applied -> Reply.notice("Role re-sync applied", plural(applied.applied(), "change")
                    + " applied, " + applied.failed() + " refused by Discord (see `/admin-stats`)."
                    + (applied.complete() ? "" : " The rest follows in the background within minutes."));
            case RoleResync.NothingToSync nothing -> Reply.notice("Nothing to sync",
                    "No tier grants a Discord role in this server yet.");
        };
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}

package dev.tiergate.application.port.in.role;

import dev.tiergate.domain.community.CommunityId;
import java.util.Objects;

/** An admin's full role re-sync of one community, planned only unless {@code mode} says to apply. */
public record ResyncRolesCommand(CommunityId community, Mode mode) {

    /** How far the re-sync goes. */
    public enum Mode {
        /** Report what would change; change nothing (the default). */
        DRY_RUN,
        /** Apply, unless roles would be removed from more members than the removal limit allows. */
        APPLY,
        /** Apply even beyond the removal limit: an admin has seen the plan and confirmed it. */
        APPLY_CONFIRMED
    }

    public ResyncRolesCommand {
        Objects.requireNonNull(community, "community");
        mode = mode == null ? Mode.DRY_RUN : mode;
    }
}

package dev.tiergate.application.port.out.privacy;

import dev.tiergate.domain.privacy.DeletedRows;
import java.util.Objects;

/** What erasing a member removed, and whether the member held a rank or a Naib seat when it went. */
public record MemberErasure(boolean heldRank, boolean heldSeat, DeletedRows rows) {

    public MemberErasure {
        Objects.requireNonNull(rows, "rows");
    }

    /** Whether others' ranks or seats moved, so seats and tiers must follow. */
    public boolean movedOthers() {
        return heldRank || heldSeat;
    }
}

package dev.tiergate.application.port.in.badge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a member's badges, or that the community has no such present member. */
public sealed interface MemberBadgesPage {

    /** {@code next} is the cursor of the following page, empty on the last one. */
    record Found(List<MemberBadge> badges, Optional<MemberBadgeCursor> next) implements MemberBadgesPage {
        public Found {
            badges = List.copyOf(badges);
            Objects.requireNonNull(next, "next");
        }
    }

    record MemberNotFound() implements MemberBadgesPage {
    }
}

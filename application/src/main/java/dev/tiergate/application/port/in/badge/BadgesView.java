package dev.tiergate.application.port.in.badge;

import dev.tiergate.domain.badge.HeldBadge;
import dev.tiergate.domain.profile.Nym;
import java.util.List;
import java.util.Optional;

/** What /badges shows: the badges a member holds, most recent first, or that no such member exists. */
public sealed interface BadgesView {

    /** {@code own} when the viewer asked for its own badges (no nym given). */
    record Found(Nym nym, List<HeldBadge> badges, boolean own) implements BadgesView {
        public Found {
            badges = List.copyOf(badges);
        }
    }

    /** No member goes by that nym (or the viewer has no profile yet). */
    record NotFound(Optional<String> nym) implements BadgesView {
    }
}

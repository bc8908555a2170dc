package dev.tiergate.application.port.in.badge;

import dev.tiergate.domain.badge.Badge;
import dev.tiergate.domain.badge.BadgeAward;
import java.util.Objects;

/** A badge a member holds, as the catalog describes it, with its award: when, by whom and why. */
public record MemberBadge(Badge badge, BadgeAward award) {

    public MemberBadge {
        Objects.requireNonNull(badge, "badge");
        Objects.requireNonNull(award, "award");
    }

    public MemberBadgeCursor cursor() {
        return new MemberBadgeCursor(award.awardedAt(), badge.id());
    }
}

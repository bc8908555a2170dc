package dev.tiergate.domain.badge;

import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.shared.InvalidFieldException;
import java.util.Objects;

/** A badge to give a member, with who gives it and why (the reason is at most 500 characters). */
public record BadgeGrant(UserId member, BadgeId badge, AwardSource source, String reason) {

    public BadgeGrant {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(badge, "badge");
        Objects.requireNonNull(source, "source");
        if (reason == null || reason.length() > BadgeAward.MAX_REASON_LENGTH) {
            throw new InvalidFieldException("reason", "must be at most " + BadgeAward.MAX_REASON_LENGTH + " characters");
        }
    }

    /** What an automatic rule gives: the rule is named after the badge, the reason is the badge's description. */
    public static BadgeGrant automatic(UserId member, Badge badge) {
        return new BadgeGrant(member, badge.id(), new AwardSource.Rule(badge.id().value()), badge.description());
    }
}

package dev.tiergate.application.port.in.badge;

import dev.tiergate.domain.badge.AwardSource;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin ({@code actor}: a member or an admin API key) awards a badge to {@code member}; the badge and
 * reason are untrusted input.
 */
public record AwardBadgeCommand(CommunityId communityId, AwardSource actor, BadgeHolder member, String badge,
        Optional<String> reason) {

    public AwardBadgeCommand {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(reason, "reason");
        if (!(actor instanceof AwardSource.Member || actor instanceof AwardSource.ApiKey)) {
            throw new IllegalArgumentException("badges are awarded by hand by an admin member or an API key");
        }
    }

    /** /admin-badge award: the admin member {@code actor} names the member by the nym it typed. */
    public AwardBadgeCommand(CommunityId communityId, UserId actor, String nym, String badge, Optional<String> reason) {
        this(communityId, new AwardSource.Member(actor), new BadgeHolder.ByNym(nym), badge, reason);
    }
}

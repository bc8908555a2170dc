package dev.tiergate.application.service.interaction;

import dev.tiergate.application.port.out.interaction.Reply;
import dev.tiergate.application.port.out.ratelimit.RateLimitPort;
import dev.tiergate.domain.community.CommunityId;
import dev.tiergate.domain.profile.UserId;
import dev.tiergate.domain.ratelimit.RateLimitDecision;
import dev.tiergate.domain.ratelimit.RateLimitKey;
import dev.tiergate.domain.ratelimit.RateLimitPolicies;
import dev.tiergate.domain.ratelimit.RateLimitPolicy;
import java.time.Duration;
import java.util.Optional;

/**
 * Spends a command from the member's budget and then from the guild's; the first that says no
 * decides the refusal. A member refused by its own budget does not spend the guild's.
 */
final class CommandRateLimits {

    private final RateLimitPort limits;
    private final RateLimitPolicy perMember;
    private final RateLimitPolicy perGuild;
    private final RateLimitPolicy badgeAwards;

    CommandRateLimits(RateLimitPort limits, RateLimitPolicies policies) {
        this.limits = limits;
        this.perMember = policies.named(RateLimitPolicy.MEMBER_COMMANDS.name());
        this.perGuild = policies.named(RateLimitPolicy.GUILD_COMMANDS.name());
        this.badgeAwards = policies.named(RateLimitPolicy.BADGE_AWARDS.name());
    }

    /** The refusal to show, or empty when the command may run. */
    Optional<Reply> refusal(CommunityId community, UserId member) {
        return refusal(limits.decide(perMember, RateLimitKey.of(perMember, community, member.value())))
                .or(() -> refusal(limits.decide(perGuild, RateLimitKey.of(perGuild, community, community.value()))));
    }

    /** An admin's budget for awarding and revoking badges by hand; it fails closed when the store is down. */
    Optional<Reply> badgeAwardRefusal(CommunityId community, UserId admin) {
        return refusal(limits.decide(badgeAwards, RateLimitKey.of(badgeAwards, community, admin.value())));
    }

    private static Optional<Reply> refusal(RateLimitDecision decision) {
        return switch (decision) {
            case RateLimitDecision.Allowed allowed -> Optional.empty();
            case RateLimitDecision.Throttled throttled -> Optional.of(NoticeReply.slowDown(seconds(throttled.retryAfter())));
            case RateLimitDecision.Unavailable unavailable -> Optional.of(NoticeReply.LIMITS_UNAVAILABLE);
        };
    }

    /** Whole seconds, rounded up, at least one: "try again in 0 s" would not be true. */
    private static long seconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
